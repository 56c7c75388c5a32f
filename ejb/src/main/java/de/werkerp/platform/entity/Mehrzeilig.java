package de.werkerp.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a tenant-owned entity that may hold several lines (tab, line feed, carriage return allowed);
 * every other text field is single-line. Other control characters are refused everywhere ({@link Steuerzeichenfrei}).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Mehrzeilig {
}
