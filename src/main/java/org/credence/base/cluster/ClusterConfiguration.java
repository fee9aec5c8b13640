package org.credence.base.cluster;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several nodes can only share PostgreSQL; on H2 the app is one node and messages go nowhere. */
@Configuration
class ClusterConfiguration {

    @Bean
    ClusterMessages clusterMessages(DataSourceProperties dataSource, JdbcTemplate jdbc) {
        String url = dataSource.determineUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return new PostgresNotifyMessages(
                    jdbc, url, dataSource.determineUsername(), dataSource.determinePassword());
        }
        return new SingleNodeMessages();
    }
}
