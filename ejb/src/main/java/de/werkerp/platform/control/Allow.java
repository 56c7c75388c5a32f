package de.werkerp.platform.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import de.werkerp.platform.entity.Role;

/**
 * The roles allowed to call a boundary method (on the method, or on the class for all its methods).
 * A boundary method without it is refused: access is denied unless granted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {
    Role[] value();
}
