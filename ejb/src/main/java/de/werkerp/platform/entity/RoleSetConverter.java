package de.werkerp.platform.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of roles as a comma-separated list of role names. */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String value) {
        return parse(value);
    }

    public static Set<Role> parse(String value) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (value == null || value.isBlank()) {
            return roles;
        }
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
