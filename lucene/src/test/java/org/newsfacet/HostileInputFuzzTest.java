package org.newsfacet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.extract.entity.Mention;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.query.Questions;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QuerySyntaxException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random and mutated news text through extraction, and random questions through the question
 * parser and the index: no exception, no failed extraction step, every offset inside the text and
 * pointing at the words it records. Seeded, so a failure names the seed and input that reproduce
 * it. The suite tries {@value #SUITE_INPUTS} of each; {@code -Dnewsfacet.fuzz.inputs=N} tries N
 * (and {@code -Dnewsfacet.fuzz.seed=S} another seed).
 */
class HostileInputFuzzTest {
  private static final int SUITE_INPUTS = 1_500;
  private static final long SEED = Long.getLong("newsfacet.fuzz.seed", 20_261_206L);
  private static final int INPUTS = Integer.getInteger("newsfacet.fuzz.inputs", SUITE_INPUTS);
  /** Longer than any question may take, however slow the machine: a question past it hangs. */
  private static final long HANG_NANOS = 10_000_000_000L;
  /** How many generated articles the questions are asked of. */
  private static final int INDEXED = 40;

  @TempDir
  Path tmp;

  /** Sentences of our own with the numbers, quotation marks and names that news text has. */
  private static final List<String> SENTENCES = List.of(
      "There were 6 hundred people at the pier.",
      "There were 6 hundred million people watching.",
      "The district enrolled thirty-one thousand four hundred fifty-seven students.",
      "The golfer shot back at 12-under 130 on Friday.",
      "Officials said between 2,000 and 12,000 fighters had crossed the border.",
      "The ministry said about 300 residents were evacuated, and 14 people were wounded, including two children.",
      "“We will not leave,” said Maren Holt, 67, a fisherman.",
      "\"The port is closed,\" the harbour master told reporters, adding that \"ships are waiting.\"",
      "The council approved €40 million (US$43.5m) for the new tram line, a rise of 12.5% on last year.",
      "«Nous restons», a déclaré le maire de Zürich, selon l’AFP.",
      "Президент заявил, что 300 военных прибыли в город.",
      "北京（新华社）— 官员说，有 1,200 人受伤。",
      "OSLO (Reuters) - Norway's central bank held its key rate at 4.5 percent on Thursday.",
      "By JANE DOE Associated Press",
      "(Reporting by Ola Nordmann; Editing by Kari Hansen)",
      "Original url: https://example.com/2024/11/04/ferry-strike?id=7&x=<b>",
      "The 1990s saw 3-2 and 218-209 votes; flight 17 landed at 9 am after a 46-page ruling.",
      "Killing at least 17 people, the storm left 61 of 79 drones grounded, the death toll rose to nine.",
      "He said: 'It is over.' She said: \"No.\" They said “yes” — and then ‘maybe’.",
      "<script>alert(1)</script> & <b>bold</b> &amp; entities",
      "Seven were killed and fifteen were wounded, police said, while the K-pop group G7 met COVID-19 patients.",
      "The fund raised $2.3bn, 10K visitors came, and Rs. 5 crore and ₹12 lakh were pledged.",
      "“Unclosed quotation, said nobody.",
      "(((nested (brackets)) and [square] {curly} <angle>))",
      "right\u202eto left \u200f and zero\u200bwidth and combining e\u0301 and 👩‍👩‍👧 emoji.");
  private static final List<String> ODD = List.of("\u0000", "\u001b[2J", "\r", "\r\n", "\t", "\u2028", "\uFEFF",
      "\uD83D", "\uDE00", "“", "”", "\"", "'", "’", "«", "»", "(", ")", "[", "]", "-", "—", "%", "$", "€", ",", ".",
      "0", "9", "1,000", "1.5", "million", "hundred", "and", "said", " ", "\n\n", "Ü", "ß", "\u0301", "ー");

  private static String article(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int paragraphs = 1 + r.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        b.append(SENTENCES.get(r.nextInt(SENTENCES.size()))).append(' ');
      }
      b.append(r.nextInt(4) == 0 ? "\r\n\r\n" : "\n\n");
    }
    return mutate(b.toString(), r);
  }

  /** Inserts odd characters, deletes, repeats and swaps spans, repeats a character many times. */
  private static String mutate(String text, SplittableRandom r) {
    StringBuilder b = new StringBuilder(text);
    int mutations = r.nextInt(12);
    for (int m = 0; m < mutations && !b.isEmpty(); m++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(7)) {
        case 0 -> b.insert(at, ODD.get(r.nextInt(ODD.size())));
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
        case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(60))));
        case 3 -> b.insert(at, String.valueOf(r.nextLong(0, 10_000_000_000L)));
        case 4 -> b.insert(at, String.valueOf((char) r.nextInt(0x20, 0x3000)));
        case 5 -> b.insert(at, ODD.get(r.nextInt(ODD.size())).repeat(1 + r.nextInt(300)));
        default -> b.setLength(at + 1);
      }
    }
    return b.isEmpty() ? "x" : b.toString();
  }

  @Test
  void randomAndMutatedNewsTextNeverBreaksExtractionAndItsOffsetsPointAtTheText() {
    Extractor extractor = Extractor.standard();
    SplittableRandom random = new SplittableRandom(SEED);
    for (int n = 0; n < INPUTS; n++) {
      final int i = n;
      String text = article(random);
      Extraction e;
      try {
        e = extractor.extract(RawArticle.of("fuzz-" + i, text));
      } catch (RuntimeException | StackOverflowError ex) {
        throw new AssertionError("input " + i + " (seed " + SEED + ") threw on: " + literal(text), ex);
      }
      assertEquals(List.of(), e.faults(), () -> "input " + i + " (seed " + SEED + "): " + literal(text));
      Article a = e.article();
      for (Quote q : a.quotes()) {
        inside(text, q.start(), q.end(), i);
        assertEquals(q.text(), text.substring(q.start(), q.end()), () -> "quote offsets, input " + i + ": " + literal(text));
      }
      for (Figure f : a.figures()) {
        inside(text, f.start(), f.end(), i);
        assertEquals(f.text(), text.substring(f.start(), f.end()), () -> "figure offsets, input " + i + ": " + literal(text));
      }
      for (Mention m : e.mentions()) {
        if (m.start() >= 0) {
          inside(text, m.start(), m.end(), i);
        }
      }
    }
    System.out.printf(Locale.ROOT, "fuzz: %,d articles extracted (seed %d)%n", INPUTS, SEED);
  }

  private static void inside(String text, int start, int end, int input) {
    assertTrue(0 <= start && start <= end && end <= text.length(),
        () -> "offsets [" + start + ", " + end + ") outside the text of input " + input + ": " + literal(text));
  }

  private static final List<String> QUESTION_WORDS = List.of("troop", "figures", "by", "source", "quotes", "what",
      "did", "say", "about", "in", "from", "since", "before", "between", "and", "on", "Reuters", "AFP", "Holt",
      "Maren", "speaker:Holt", "outlet:Reuters", "category:troops", "by:agency", "min:1,000", "max:x", "type:quotes",
      "sort:date", "from:2024-11-01", "to:yesterday", "on:2024-02-30", "2024", "November", "1", "2024-11",
      "AND", "OR", "NOT", "-ferry", "+port", "\"", "\"harbour master\"", "(", ")", "((", "))", "/fer{1,3}y/",
      "/a{1,100000}/", "/[a/", "f*r*", "?", "*", "ferry~2", "title:ferry", "[a TO z]", "{}", "^2", ":", "\\",
      "“", "”", "‘", "Zürich", "Президент", "北京", "\u001b[2J", "\u0000", "\u202e", "?,;!", "", " ");

  @Test
  void randomQuestionsAreAnsweredOrRefusedInWordsNeverThrowOtherwise() throws IOException {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      for (int i = 0; i < INDEXED; i++) {
        index.add(RawArticle.of("indexed-" + i, article(random)));
      }
      Questions questions = Questions.on(index);
      int answered = 0;
      long slowest = 0;
      String slowestQuestion = null;
      for (int i = 0; i < INPUTS; i++) {
        StringBuilder q = new StringBuilder();
        int words = 1 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
          q.append(QUESTION_WORDS.get(random.nextInt(QUESTION_WORDS.size())));
          q.append(random.nextInt(5) == 0 ? "" : " ");
        }
        String question = random.nextInt(4) == 0 ? mutate(q.toString(), random) : q.toString();
        long started = System.nanoTime();
        try {
          questions.ask(question);
          answered++;
        } catch (QuerySyntaxException | QueryLimitException refused) {
          assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
        } catch (RuntimeException | StackOverflowError | IOException e) {
          fail("question " + i + " (seed " + SEED + ") threw: " + literal(question), e);
        } finally {
          long took = System.nanoTime() - started;
          if (took > slowest) {
            slowest = took;
            slowestQuestion = question;
          }
        }
      }
      String slow = "a question took " + slowest / 1_000_000 + " ms: " + literal(slowestQuestion);
      assertTrue(slowest < HANG_NANOS, slow);
      System.out.printf(Locale.ROOT, "fuzz: %,d questions asked, %,d answered, the rest refused in words (seed %d); "
          + "the slowest took %,d ms: %s%n", INPUTS, answered, SEED, slowest / 1_000_000, literal(slowestQuestion));
    }
  }

  /** The input as a Java string literal, to paste into a test. */
  private static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c == '"' || c == '\\' ? "\\" + c : c);
    }
    return b.append('"').toString();
  }
}
