package cohost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A viewer, customer or other speaker: {@code {"id": "v1", "name": "Ana", "lang": "pt", "country": "BR"}}. A
 * viewer needs an id; a desk customer without one is the conversation's. {@code lang} is ISO 639-1 (a region suffix
 * is dropped), {@code country} ISO 3166-1 alpha-2. The name is plain text, kept as {@link Checks#plainName} makes
 * it (no control or bidi characters, at most 64 characters), since replies address people by it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(String id, String name, String lang, String country) {
    /** The shape, for error messages that show what was expected. */
    static final String SHAPE = "{\"id\": \"v1\", \"name\": ..., \"lang\": ..., \"country\": ...}";

    /** A speaker who must be named: present, with an id (a viewer, a moderator). */
    static Person named(String field, Person person) {
        Checks.required(field, person, SHAPE);
        Checks.nonBlank(field + ".id", person.id());
        return person;
    }

    public Person {
        Checks.id("id", id);
        name = Checks.plainName(name);
        lang = Checks.lang("lang", lang);
        country = Checks.country("country", country);
    }
}
