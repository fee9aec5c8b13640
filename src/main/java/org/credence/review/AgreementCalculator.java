package org.credence.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * Chance-corrected agreement over units coded by two or more raters, with DKPro Statistics.
 * Knows nothing of statements: a unit is a map from rater to category.
 *
 * <ul>
 * <li>Cohen's κ for each pair of raters, over the units both coded;</li>
 * <li>Krippendorff's α (nominal), which takes every unit with two or more codings and missing values as they are.</li>
 * </ul>
 * A measure that cannot be computed (too few units, a single category) is null, never NaN. Corpus-wide
 * α and Fleiss' κ are tallied while streaming instead ({@link AgreementTally}), checked against DKPro.
 */
public final class AgreementCalculator {

    private AgreementCalculator() {}

    /** Krippendorff's α (nominal) over every unit coded at least twice. */
    public static Double krippendorffAlpha(List<Map<String, ?>> units) {
        return alphaStudy(units)
                .map(study -> measure(() ->
                        new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement()))
                .orElse(null);
    }

    /** Krippendorff's α for one category against all others (DKPro's category-specific agreement). */
    public static Double krippendorffAlpha(List<Map<String, ?>> units, Object category) {
        return alphaStudy(units)
                .map(study -> measure(() -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction())
                        .calculateCategoryAgreement(category)))
                .orElse(null);
    }

    /** Raters as columns, missing codings as null, units coded fewer than twice left out. */
    private static Optional<CodingAnnotationStudy> alphaStudy(List<Map<String, ?>> units) {
        List<Map<String, ?>> usable = units.stream().filter(u -> u.size() >= 2).toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        List<String> raters = raters(usable);
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
        for (Map<String, ?> unit : usable) {
            study.addItemAsArray(raters.stream().map(unit::get).toArray());
        }
        return Optional.of(study);
    }

    /** Cohen's κ between two raters over the units both coded; null when they share none. */
    public static Double cohenKappa(List<Map<String, ?>> units, String a, String b) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (Map<String, ?> unit : units) {
            if (unit.containsKey(a) && unit.containsKey(b)) {
                study.addItem(unit.get(a), unit.get(b));
            }
        }
        if (study.getItemCount() == 0) {
            return null;
        }
        return measure(() -> new CohenKappaAgreement(study).calculateAgreement());
    }

    /** Every rater that coded any of the units, sorted. */
    public static List<String> raters(List<Map<String, ?>> units) {
        Set<String> raters = new TreeSet<>();
        units.forEach(u -> raters.addAll(u.keySet()));
        return new ArrayList<>(raters);
    }

    /**
     * Agreement is undefined when the units use a single category (zero divided by zero, or DKPro's
     * InsufficientDataException): reported as null.
     */
    private static Double measure(DoubleSupplier calculation) {
        try {
            double value = calculation.getAsDouble();
            return Double.isFinite(value) ? value : null;
        } catch (InsufficientDataException undefined) {
            return null;
        }
    }
}
