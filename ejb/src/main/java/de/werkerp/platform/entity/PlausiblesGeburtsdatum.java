package de.werkerp.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import de.werkerp.platform.control.Geburtsdatum;

/** A birth date field: not before 1900, not in the future ({@link Geburtsdatum}); German message naming the date. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausiblesGeburtsdatum.Pruefung.class)
public @interface PlausiblesGeburtsdatum {

    String message() default "Das Geburtsdatum ist nicht plausibel.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks against today in Germany. */
    class Pruefung implements ConstraintValidator<PlausiblesGeburtsdatum, LocalDate> {
        @Override
        public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
            return Geburtsdatum.fehler(datum, LocalDate.now(ZoneId.of("Europe/Berlin"))).map(m -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(m).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
