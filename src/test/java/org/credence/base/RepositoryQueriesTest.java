package org.credence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * Repositories are made on first use (a faster start-up), so a query that no longer parses would only
 * fail when someone first needs it: this makes every repository, which checks each declared query.
 */
class RepositoryQueriesTest extends AbstractServiceTest {

    @Test
    void every_repository_is_made_on_first_use_and_every_declared_query_parses() {
        var beans = ((ConfigurableApplicationContext) context).getBeanFactory();
        String[] names = beans.getBeanNamesForType(Repository.class, true, false);

        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        for (String name : names) {
            assertThat(beans.getBeanDefinition(name).isLazyInit())
                    .as("%s is made on first use, not at start-up", name)
                    .isTrue();
        }
        Map<String, Repository> made = context.getBeansOfType(Repository.class);
        assertThat(made).containsOnlyKeys(names).doesNotContainValue(null);
    }
}
