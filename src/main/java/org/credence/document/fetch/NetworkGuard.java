package org.credence.document.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses an import by URL may connect to: the public internet only. Loopback, private,
 * link-local (with the cloud metadata address 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and unspecified addresses are refused — in IPv4, IPv6 and IPv4-mapped IPv6 — unless an
 * administrator allows a network by configuration ({@code credence.import.url.allowed-networks}).
 * Checked on the addresses DNS gives, at connect time, for every redirect: a name that resolves to a
 * private address, or a public page redirecting to one, gets nowhere.
 */
public final class NetworkGuard {

    private static final List<Cidr> REFUSED = Cidr.parseAll(List.of(
            "0.0.0.0/8", // "this network", 0.0.0.0 reaches the host itself
            "10.0.0.0/8",
            "100.64.0.0/10", // carrier-grade NAT
            "127.0.0.0/8",
            "169.254.0.0/16", // link-local, cloud metadata
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.168.0.0/16",
            "198.18.0.0/15",
            "224.0.0.0/4", // multicast
            "240.0.0.0/4", // reserved, broadcast
            "::/128",
            "::1/128",
            "fc00::/7", // unique local (AWS metadata fd00:ec2::254)
            "fe80::/10",
            "ff00::/8"));

    private final List<Cidr> allowed;

    /** @param allowedNetworks CIDR blocks an administrator opens, e.g. {@code 127.0.0.1/32} for a test server */
    public NetworkGuard(List<String> allowedNetworks) {
        this.allowed = Cidr.parseAll(allowedNetworks == null ? List.of() : allowedNetworks);
    }

    public boolean permits(InetAddress address) {
        InetAddress checked = unmapped(address);
        if (allowed.stream().anyMatch(network -> network.contains(checked))) {
            return true;
        }
        return REFUSED.stream().noneMatch(network -> network.contains(checked));
    }

    /** The addresses of {@code host} that may be reached; refuses, saying why, when there are none. */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(host);
        InetAddress[] permitted = Arrays.stream(all).filter(this::permits).toArray(InetAddress[]::new);
        if (permitted.length == 0) {
            throw new RefusedAddressException(host, all[0]);
        }
        return permitted;
    }

    /** ::ffff:127.0.0.1 is 127.0.0.1. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }

    /** A host that resolves only to addresses the server must not reach. */
    public static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress()
                    + ", a loopback, private, link-local or reserved address; Credence fetches only public"
                    + " addresses (an administrator may allow a network with credence.import.url.allowed-networks)");
        }
    }

    /** One network, e.g. 10.0.0.0/8 or fc00::/7. */
    record Cidr(byte[] network, int prefix) {

        static List<Cidr> parseAll(List<String> blocks) {
            return blocks.stream()
                    .map(String::strip)
                    .filter(b -> !b.isEmpty())
                    .map(Cidr::parse)
                    .toList();
        }

        static Cidr parse(String block) {
            String[] parts = block.split("/", 2);
            try {
                // Only literals reach here (never a name to look up): InetAddress parses them without DNS.
                if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException();
                }
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException();
                }
                return new Cidr(network, prefix);
            } catch (IllegalArgumentException | UnknownHostException e) {
                throw new IllegalArgumentException(
                        "'" + block + "' is not a network such as 10.0.0.0/8 or fd00::/8", e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
