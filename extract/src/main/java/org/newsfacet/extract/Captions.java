package org.newsfacet.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;

/**
 * Tells photo captions and picture credits from the article's text: "Photo: ...", "KCNA VIA KNS /
 * AFP", "... (KCNA via REUTERS)", and the caption whose credit stands alone on the next line.
 */
final class Captions {
  /** "Photo: ...", "(File photo / ...)", "Image by ...". */
  private static final Pattern CAPTION_LABEL = Pattern.compile(
      "(?i)^\\(?\\s*" + English.alternation("caption-labels") + "\\b\\s*(?::|by\\b|/|\\)|-|–|—)");
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,100})\\)\\s*\\.?\\s*$");
  private static final Pattern VIA = Pattern.compile("(?i)\\bvia\\b");
  private static final Pattern PHOTO_WORD = Pattern.compile("(?i)\\b" + English.alternation("picture-credit-words") + "\\b");
  private static final Pattern CREDIT_PARTS = Pattern.compile("(?i)\\s*(?:/|\\bvia\\b|,|;|\\bby\\b|\\s[-–—]\\s)\\s*");
  /** Characters at the end of a line in which a closing parenthesis is looked for. */
  private static final int END_CHARS = 3;
  /** A credit line is short; a paragraph is not one. */
  private static final int CREDIT_CHARS = 160;
  private static final int CREDIT_WORDS = 14;
  /** The most words of a picture credit standing alone ("STR / AFP"). */
  private static final int LONE_CREDIT_WORDS = 8;
  private static final int CAPTION_MIN_WORDS = 6;
  private static final int CAPTION_MAX_WORDS = 40;

  private final Outlets outlets;

  Captions(Outlets outlets) {
    this.outlets = outlets;
  }

  /** Photo captions and picture credits: "KCNA VIA KNS / AFP", "Photo: ...", "... (KCNA via REUTERS)". */
  boolean isCaption(String s) {
    if (CAPTION_LABEL.matcher(s).lookingAt()) {
      return true;
    }
    String end = s.length() > END_CHARS ? s.substring(s.length() - END_CHARS) : s;
    if (end.indexOf(')') >= 0) {
      Matcher p = TRAILING_PAREN.matcher(s);
      if (p.find() && isPictureCredit(p.group(1))) {
        return true;
      }
    }
    if (s.length() > CREDIT_CHARS) {
      return false;
    }
    if (words(s) > CREDIT_WORDS) {
      return false;
    }
    boolean slashOrVia = s.indexOf('/') >= 0 || VIA.matcher(s).find();
    return slashOrVia && isPictureCredit(s) && (mostlyUpper(s) || PHOTO_WORD.matcher(s).find());
  }

  /** A caption credit with no caption of its own: "(Photo by Orrin Vey / AFP)", "STR / AFP". */
  static boolean isCreditOnly(String s) {
    return (s.startsWith("(") && s.endsWith(")")) || s.split("\\s+").length <= LONE_CREDIT_WORDS;
  }

  /** One descriptive sentence of six to forty words, no quotation: what a picture caption looks like. */
  static boolean looksLikeCaption(String s) {
    int words = s.split("\\s+").length;
    if (words < CAPTION_MIN_WORDS || !s.endsWith(".")) {
      return false;
    }
    boolean oneSentence = !s.substring(0, Math.max(0, s.length() - 1)).matches(".*[.!?][\"”’']?\\s+\\p{Lu}.*");
    return words <= CAPTION_MAX_WORDS && oneSentence && s.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
  }

  /** A credit naming who supplied a picture: a slash or "via" between sources, one an agency or picture desk. */
  private boolean isPictureCredit(String s) {
    boolean shaped = s.indexOf('/') >= 0 || VIA.matcher(s).find() || PHOTO_WORD.matcher(s).find();
    if (!shaped) {
      return false;
    }
    for (String part : CREDIT_PARTS.split(s)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String last = p.substring(p.lastIndexOf(' ') + 1);
      if (outlets.named(p).isPresent() || outlets.agencyNamed(last).isPresent() || PHOTO_WORD.matcher(p).find()) {
        return true;
      }
    }
    return false;
  }

  /** The number of words in {@code s}, as splitting it on white space counts them. */
  private static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // what a regular expression's \s matches
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!white && !inWord) {
        words++;
      }
      inWord = !white;
    }
    return words;
  }

  /** Seven letters in ten or more in capitals, as picture desks write their credits. */
  private static boolean mostlyUpper(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 0 && upper * 10 >= letters * 7;
  }
}
