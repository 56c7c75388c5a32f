package de.werkerp.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range of a whole-number REST parameter, checked by {@link ZahlenParameter} before the resource method runs
 * (400 with a German message naming the parameter and the range). Not Bean Validation's {@code @Min}/{@code @Max}:
 * Payara 6's OpenAPI generator fails on those at resource method parameters (NullPointerException in
 * {@code ApplicationProcessor.addSchemaParameter}, /openapi answers 500); {@link ZahlenParameter} would honour them too.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Zahlenbereich {

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;
}
