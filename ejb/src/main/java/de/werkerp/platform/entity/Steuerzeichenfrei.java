package de.werkerp.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import de.werkerp.platform.control.Steuerzeichen;

/**
 * Class-level constraint of {@link TenantOwnedEntity} (so of every tenant-owned entity): no text field holds a control
 * character ({@link Steuerzeichen}); tab and line breaks only in fields marked {@link Mehrzeilig}. One violation per
 * field, on the field's name, with a German message.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Steuerzeichenfrei.Pruefung.class)
public @interface Steuerzeichenfrei {

    String message() default "Der Text enthält ein unzulässiges Steuerzeichen.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks every String field of the entity's class and its superclasses. */
    class Pruefung implements ConstraintValidator<Steuerzeichenfrei, Object> {

        private static final ClassValue<List<Field>> TEXTFELDER = new ClassValue<>() {
            @Override
            protected List<Field> computeValue(Class<?> type) {
                List<Field> felder = new ArrayList<>();
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers())) {
                            f.setAccessible(true);
                            felder.add(f);
                        }
                    }
                }
                return List.copyOf(felder);
            }
        };

        @Override
        public boolean isValid(Object entity, ConstraintValidatorContext context) {
            if (entity == null) {
                return true;
            }
            boolean gueltig = true;
            for (Field f : TEXTFELDER.get(entity.getClass())) {
                Object wert;
                try {
                    wert = f.get(entity);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                Optional<String> fehler = Steuerzeichen.fehler((String) wert, f.isAnnotationPresent(Mehrzeilig.class));
                if (fehler.isPresent()) {
                    if (gueltig) {
                        context.disableDefaultConstraintViolation();
                    }
                    gueltig = false;
                    // the message is literal text: escape the characters message interpolation treats specially
                    context.buildConstraintViolationWithTemplate(fehler.get().replace("\\", "\\\\").replace("{", "\\{")
                            .replace("}", "\\}").replace("$", "\\$")).addPropertyNode(f.getName())
                            .addConstraintViolation();
                }
            }
            return gueltig;
        }
    }
}
