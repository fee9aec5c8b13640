package org.credence.annotation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a credibility grade as its number, as the column always held it (exports read it by SQL). */
@Converter
class CredibilityColumn implements AttributeConverter<Credibility, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Credibility credibility) {
        return credibility == null ? null : credibility.grade();
    }

    @Override
    public Credibility convertToEntityAttribute(Integer grade) {
        return Credibility.of(grade);
    }
}
