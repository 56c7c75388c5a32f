package de.werkerp.platform.entity;

import java.sql.Date;
import java.time.YearMonth;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a month ({@link YearMonth}) as the DATE of its first day; the tables check {@code DAYOFMONTH = 1}. */
@Converter(autoApply = true)
public class YearMonthConverter implements AttributeConverter<YearMonth, Date> {

    @Override
    public Date convertToDatabaseColumn(YearMonth monat) {
        return monat == null ? null : Date.valueOf(monat.atDay(1));
    }

    @Override
    public YearMonth convertToEntityAttribute(Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }
}
