package org.credence.annotation.web;

import java.util.List;
import org.credence.annotation.CarriedStatement;
import org.credence.annotation.CarriedStatements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What became of the previous version's statements on a later version of an article (issue #17). */
@RestController
class CarriedStatementController {

    private final CarriedStatements carried;

    CarriedStatementController(CarriedStatements carried) {
        this.carried = carried;
    }

    @GetMapping("/api/documents/{documentId}/carried-statements")
    List<CarriedStatement> list(@PathVariable long documentId) {
        return carried.carriedTo(documentId);
    }
}
