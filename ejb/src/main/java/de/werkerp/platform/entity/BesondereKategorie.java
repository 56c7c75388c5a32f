package de.werkerp.platform.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Special-category data (Art. 9 DSGVO: health, disability, Teilhabe texts). The audit trail stores the values in
 * full but shows them only to the roles in {@link #lesen()}; every other reader of the trail sees "geändert".
 * On a class: every field of the entity.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface BesondereKategorie {

    /** The roles that may read the values (those that may read the data itself). */
    Role[] lesen();
}
