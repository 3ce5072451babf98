package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Locale;
import org.newsfacet.extract.attribution.Lexicon.Gender;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * Each person's gender as one article shows it, for the pronouns that stand for them: an honorific
 * before a mention ("Mrs. Quarrie"), a gendered word in the role the article gives them
 * ("chairwoman"), else a gendered given name; unknown otherwise.
 */
final class PersonGenders {
  /** Gender per entity index; null where unknown or not a person. */
  private final Gender[] genders;

  private PersonGenders(Gender[] genders) {
    this.genders = genders;
  }

  /** True when entity {@code entity} may be of {@code gender}: it is, or its gender is unknown. */
  boolean agrees(int entity, Gender gender) {
    return genders[entity] == null || genders[entity] == gender;
  }

  /** True when the article shows the gender of entity {@code entity}. */
  boolean known(int entity) {
    return genders[entity] != null;
  }

  /** The genders of the people discourse {@code d} names. */
  static PersonGenders of(Discourse d) {
    List<Entity> entities = d.entities.entities();
    Gender[] out = new Gender[entities.size()];
    for (int k = 0; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e < 0 || out[e] != null || k > 0 && d.mention(k - 1) == d.mention(k)) {
        continue;
      }
      Gender g = k > 0 && d.token(k - 1).isWord() ? Lexicon.GENDER_WORDS.get(d.token(k - 1).lower()) : null;
      if (g == null) {
        g = Lexicon.GENDER_WORDS.get(d.token(k).lower()); // "Mrs. Ortega" read as one name
      }
      out[e] = g;
    }
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (out[i] != null || e.type() != EntityType.PERSON) {
        continue;
      }
      if (e.role() != null) {
        for (String w : RoleHolders.words(e.role())) {
          Gender g = Lexicon.GENDER_WORDS.get(w);
          if (g != null) {
            out[i] = g;
          }
        }
      }
      if (out[i] == null) {
        String first = e.name().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
        out[i] = Lexicon.GIVEN_NAMES.get(first);
      }
    }
    return new PersonGenders(out);
  }
}
