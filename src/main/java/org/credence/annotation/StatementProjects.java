package org.credence.annotation;

import java.util.OptionalLong;
import org.credence.project.ProjectOwnedResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which project a statement belongs to, for requests that address it by id ({@code /api/statements/9}). */
@Component
class StatementProjects implements ProjectOwnedResource {

    private final StatementRepository statements;

    StatementProjects(StatementRepository statements) {
        this.statements = statements;
    }

    @Override
    public String collection() {
        return "statements";
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong projectOf(long id) {
        return statements.findProjectId(id).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public String notFoundMessage(long id) {
        return new StatementNotFoundException(id).getMessage();
    }
}
