package org.newsfacet.extract.attribution;

import java.util.List;
import org.newsfacet.extract.attribution.Lexicon.Gender;
import org.newsfacet.extract.attribution.Lexicon.NounKind;
import org.newsfacet.extract.attribution.Speakers.Spoken;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * Who a pronoun in one article stands for: "he" or "she" the person of that gender named or quoted
 * last, "it" the organisation quoted just before or named most, "they" the group or organisation
 * quoted last nearby.
 */
final class Antecedents {
  /** How many sentences back a pronoun's antecedent is looked for. */
  private static final int PRONOUN_REACH = 8;

  private final Discourse d;
  private final NounPhrases phrases;
  private final Speakers speakers;
  private final PersonGenders genders;
  private final Organizations organizations;

  Antecedents(Discourse d, NounPhrases phrases, Speakers speakers, PersonGenders genders, Organizations organizations) {
    this.d = d;
    this.phrases = phrases;
    this.speakers = speakers;
    this.genders = genders;
    this.organizations = organizations;
  }

  /** The person, organisation or group the pronoun {@code pronoun} at {@code at} stands for, or null. */
  Source of(String pronoun, int at) {
    return switch (pronoun) {
      case "he", "him", "his" -> person(Gender.MALE, at);
      case "she", "her", "hers" -> person(Gender.FEMALE, at);
      case "it" -> organizationSpeaking(at);
      case "its" -> organizationBefore(at);
      case "they", "them", "their" -> group(at);
      default -> null;
    };
  }

  /** "it": the organisation named most before, else the one quoted last nearby. */
  private Source organizationBefore(int at) {
    Source most = organizations.mostNamedOrganization(at);
    if (most != null) {
      return most.via("pronoun");
    }
    Source quoted = speakers.last(at, Speakers.NEARBY_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION);
    return quoted == null ? null : quoted.via("pronoun");
  }

  /** "It said": the organisation quoted in the sentence before, else the one named most. */
  private Source organizationSpeaking(int at) {
    int s = d.sentenceOf(Math.min(at, d.size() - 1));
    int from = d.sentenceStart(Math.max(0, s - 1));
    List<Spoken> spoken = speakers.all();
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Spoken sp = spoken.get(k);
      if (sp.token() < from) {
        break;
      }
      if (sp.token() < at && sp.source().type() == SpeakerType.ORGANIZATION) {
        return sp.source().via("pronoun"); // "The ministry said … It also said"
      }
    }
    return organizationBefore(at);
  }

  /** "they": the group or organisation quoted last nearby, else a group that opens the sentence before. */
  private Source group(int at) {
    int s = d.sentenceOf(Math.min(at, d.size() - 1));
    if (s > 0 && d.paragraphOf(s - 1) == d.paragraphOf(s)) {
      int from = d.sentenceStart(s - 1);
      for (Spoken sp : speakers.all()) {
        if (sp.token() >= from && sp.token() < d.sentenceEnd(s - 1) && (sp.source().plural()
            || sp.source().type() == SpeakerType.ORGANIZATION)) {
          return sp.source().via("pronoun");
        }
      }
      int k = from;
      while (k < d.sentenceEnd(s - 1) && k - from < NounPhrases.LABEL_WORDS && d.token(k).isWord()
          && !Lexicon.AUXILIARIES.contains(d.token(k).lower()) && Lexicon.verb(d.token(k).lower()) == null
          && !Lexicon.PREPOSITIONS.contains(d.token(k).lower()) && !(k > from && d.token(k).lower().endsWith("ed"))) {
        k++;
      }
      String head = k > from ? d.token(k - 1).lower() : "";
      if (k - from <= NounPhrases.PLURAL_WORDS && (head.endsWith("s") && !d.token(k - 1).capitalised()
          || Lexicon.SOURCES.containsKey(head))) {
        Source subject = phrases.label(from, k, Lexicon.SOURCES.containsKey(head)
            ? Lexicon.typeOf(Lexicon.SOURCES.get(head)) : SpeakerType.UNNAMED);
        return subject == null ? null : subject.via("pronoun"); // "Rescue teams recovered 19 bodies. They said …"
      }
    }
    Source quoted = speakers.last(at, Speakers.NEARBY_PARAGRAPHS, src -> src.plural() || src.type() == SpeakerType.ORGANIZATION);
    return quoted == null ? null : quoted.via("pronoun");
  }

  /**
   * The person "he" or "she" stands for: in the nearest sentence before that names someone of that
   * gender (or of unknown gender), the one quoted there, else the one named first (the subject).
   */
  private Source person(Gender gender, int at) {
    int s0 = d.sentenceOf(Math.min(at, d.size() - 1));
    for (int s = s0; s >= 0 && s0 - s <= PRONOUN_REACH; s--) {
      int from = d.sentenceStart(s);
      int to = s == s0 ? at : d.sentenceEnd(s);
      for (Spoken sp : speakers.all()) { // the sentence's first speaker: its main clause, not a speaker reported inside it
        Source src = sp.source();
        boolean someone = src.type() == SpeakerType.PERSON || src.type() == SpeakerType.UNNAMED && !src.plural()
            && s == s0 - 1 && Lexicon.SOURCES.get(src.name().substring(src.name().lastIndexOf(' ') + 1)) == NounKind.UNNAMED;
        if (sp.token() >= from && sp.token() < to && someone && (src.entity() < 0 || genders.agrees(src.entity(), gender))) {
          return src.via("pronoun"); // "A diplomat in Bangui said … The rebels, he said, …"
        }
      }
      for (int k = from; k < to; k++) {
        int e = d.entityIndex(k);
        if (e >= 0 && (k == 0 || d.mention(k - 1) != d.mention(k))
            && d.entities.entities().get(e).type() == EntityType.PERSON && genders.agrees(e, gender) && !phrases.possessiveName(k)) {
          return d.named(e, "pronoun");
        }
      }
    }
    return null;
  }
}
