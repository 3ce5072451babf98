package org.newsfacet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.eval.Evaluation;
import org.newsfacet.extract.Outlets;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Quote;

/** A generated corpus of a few hundred articles, read back as a user of its files would. */
class CorpusGeneratorTest {
  private static final int ARTICLES = 400;
  private static final long SEED = 7;
  /** The run of words that counts as a shared passage. */
  private static final int RUN = 8;
  /** "PARIS (AFP) — " or "PARIS — " opening a paragraph. */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]*(?: \\([^)]+\\))? — ");
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One line of stories.jsonl. */
  private record Truth(String id, String source, String story, String copies) {}

  @TempDir
  static Path out;
  private static List<Truth> truth;
  private static Map<String, Truth> byId;
  private static Map<String, Article> records;
  private static Map<String, String> texts;
  private static Map<String, String> footers;
  private static StoryPlan plan;

  @BeforeAll
  static void generate() throws IOException {
    CorpusGenerator.withSeed(SEED).write(ARTICLES, out, m -> { });
    truth = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("expected").resolve(Evaluation.STORIES))) {
      JsonNode n = Json.mapper().readTree(line);
      truth.add(new Truth(n.get("id").asText(), n.get("source").asText(), n.get("story").asText(),
          n.get("copies").asText()));
    }
    byId = new HashMap<>();
    truth.forEach(t -> byId.put(t.id(), t));
    records = new HashMap<>();
    Evaluation.readGold(out.resolve("expected")).forEach(a -> records.put(a.id(), a));
    texts = new HashMap<>();
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      for (Path file : files.toList()) {
        try (Stream<Item> items = ArticleReader.read(file, "articles/" + file.getFileName())) {
          items.forEach(item -> {
            if (item instanceof Item.Loaded loaded) {
              texts.put(loaded.article().source(), loaded.article().text());
            }
          });
        }
      }
    }
    Reporter reporter = new Reporter(SEED, Outlets.bundled(), Grammar.bundled());
    footers = new HashMap<>();
    for (Article a : records.values()) {
      footers.put(a.id(), reporter.footer(Outlets.bundled().named(a.outlet()).orElseThrow()));
    }
    plan = StoryPlan.of(ARTICLES, SEED);
  }

  @Test
  void storiesListEveryArticleOnceWithTheIdAndSourceOfItsExpectedRecord() {
    assertEquals(ARTICLES, truth.size());
    assertEquals(ARTICLES, byId.size(), "ids are unique");
    assertEquals(records.keySet(), byId.keySet());
    Set<String> seen = new HashSet<>();
    for (Truth t : truth) {
      assertEquals(records.get(t.id()).source(), t.source(), t.id());
      assertTrue(texts.containsKey(t.source()), t.source());
      // a story's key is its first report, written before the story's other articles
      assertTrue(t.story().equals(t.id()) || seen.contains(t.story()), t.id() + " before its story " + t.story());
      assertEquals(t.story(), byId.get(t.story()).story(), "a story's first report is in its own story");
      assertTrue(t.copies().equals(t.id()) || t.copies().equals(t.story()), t.id() + " copies its story's report");
      seen.add(t.id());
    }
  }

  @Test
  void aboutHalfOfTheArticlesAreAloneInTheirStoryAndCopiesOutnumberRewrites() {
    Map<String, Integer> sizes = new HashMap<>();
    truth.forEach(t -> sizes.merge(t.story(), 1, Integer::sum));
    long alone = truth.stream().filter(t -> sizes.get(t.story()) == 1).count();
    assertTrue(alone > ARTICLES * 0.35 && alone < ARTICLES * 0.65, "articles alone in their story: " + alone);
    assertTrue(sizes.values().stream().allMatch(n -> n <= 13), "stories of at most a dozen or so: " + sizes.values());
    assertTrue(copies().size() > rewrites().size(), copies().size() + " copies, " + rewrites().size() + " rewrites");
    assertFalse(rewrites().isEmpty());
  }

  @Test
  void copiesShareTheirOriginalsStoryAndCarryMostOfItsParagraphsVerbatim() {
    List<Truth> copies = copies();
    assertTrue(copies.size() > 20, "copies: " + copies.size());
    Set<String> credits = new HashSet<>();
    for (Truth copy : copies) {
      Truth original = byId.get(copy.copies());
      assertEquals(original.id(), original.story(), "a copy copies its story's first report");
      assertEquals(original.story(), copy.story());
      List<String> paragraphs = body(original.id());
      Set<String> carried = new HashSet<>(paragraphs(copy.id()));
      long kept = paragraphs.stream().filter(carried::contains).count();
      assertTrue(kept * 2 >= paragraphs.size(), copy.id() + " carries " + kept + " of " + paragraphs.size());
      Article c = records.get(copy.id());
      Article o = records.get(original.id());
      assertNotEquals(o.outlet(), c.outlet(), "another outlet");
      assertNotEquals(o.url(), c.url());
      assertTrue(!c.published().isBefore(o.published()) && !c.published().isAfter(o.published().plusDays(1)));
      credits.add(c.agency() == null ? "none" : c.agency().equals(o.agency()) ? "kept" : "other");
    }
    assertEquals(Set.of("none", "kept"), credits, "copies keep the agency's credit or drop it, never change it");
  }

  @Test
  void aCopysQuotationsAreItsOriginals() {
    for (Truth copy : copies()) {
      Set<String> original = new HashSet<>();
      records.get(copy.copies()).quotes().stream().map(Quote::text).forEach(original::add);
      for (Quote q : records.get(copy.id()).quotes()) {
        assertTrue(original.contains(q.text()), copy.id() + ": " + q.text());
      }
    }
  }

  @Test
  void rewritesShareANarrativeSentenceWithTheirReportButAreNoCopies() {
    for (Truth rewrite : rewrites()) {
      Truth report = byId.get(rewrite.story());
      String text = texts.get(rewrite.source());
      assertTrue(narrativeSentences(report.id()).stream().anyMatch(text::contains),
          rewrite.id() + " keeps a narrative sentence of " + report.id());
      List<String> paragraphs = body(report.id());
      Set<String> carried = new HashSet<>(paragraphs(rewrite.id()));
      long kept = paragraphs.stream().filter(carried::contains).count();
      assertTrue(kept * 2 < paragraphs.size(), rewrite.id() + " carries " + kept + " of " + paragraphs.size());
      assertTrue(kept >= 1, rewrite.id() + " carries the speaker's quotation paragraph");
    }
  }

  @Test
  void independentReportsShareTheQuotationButNoNarrativeWithTheReport() {
    Map<Integer, Integer> originals = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      if (plan.role(i) == StoryPlan.Role.ORIGINAL) {
        originals.put(plan.story(i), i);
      }
    }
    int checked = 0;
    for (int i = 0; i < ARTICLES; i++) {
      if (plan.role(i) != StoryPlan.Role.INDEPENDENT) {
        continue;
      }
      Truth independent = truth.get(i);
      Truth report = truth.get(originals.get(plan.story(i)));
      assertEquals(independent.id(), independent.story(), "a story of its own");
      assertEquals(independent.id(), independent.copies());
      Set<String> said = new HashSet<>();
      records.get(report.id()).quotes().forEach(q -> said.add(q.speaker() + ": " + q.text()));
      assertTrue(records.get(independent.id()).quotes().stream().map(q -> q.speaker() + ": " + q.text())
          .anyMatch(said::contains), independent.id() + " quotes " + report.id() + "'s speaker's words");
      Set<String> shared = new HashSet<>(runs(report.id()));
      shared.retainAll(runs(independent.id()));
      assertEquals(Set.of(), shared, independent.id() + " and " + report.id());
      checked++;
    }
    assertTrue(checked > 0, "the corpus has independent reports");
  }

  @Test
  void articlesOfDifferentStoriesShareNoLongPassageButAnOutletsFooter() {
    List<Set<String>> runs = new ArrayList<>();
    truth.forEach(t -> runs.add(runs(t.id())));
    int pairs = 0;
    List<String> sharing = new ArrayList<>();
    for (int a = 0; a < truth.size(); a++) {
      for (int b = a + 1; b < truth.size(); b++) {
        if (truth.get(a).story().equals(truth.get(b).story())) {
          continue;
        }
        pairs++;
        Set<String> large = runs.get(b);
        for (String run : runs.get(a)) {
          if (large.contains(run)) {
            sharing.add(truth.get(a).id() + "/" + truth.get(b).id() + ": " + run);
            break;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d of %d pairs of articles of different stories share a run of %d words%n",
        sharing.size(), pairs, RUN);
    // by accident, now and then: about one pair in ten thousand shares a run of eight words
    assertTrue(sharing.size() * 2_000 < pairs, sharing.size() + " of " + pairs + " pairs: " + sharing);
    // the footer is the boilerplate they may share, and it is long enough to count
    Map<String, List<String>> byFooter = new HashMap<>();
    footers.forEach((id, footer) -> {
      if (footer != null) {
        byFooter.computeIfAbsent(footer, f -> new ArrayList<>()).add(id);
      }
    });
    List<String> sameFooter = byFooter.values().stream().filter(ids -> ids.size() > 1).findFirst().orElseThrow();
    Set<String> footerRuns = runsOf(texts.get(records.get(sameFooter.get(0)).source()), null);
    footerRuns.retainAll(runsOf(texts.get(records.get(sameFooter.get(1)).source()), null));
    assertFalse(footerRuns.isEmpty(), "two articles of an outlet share its footer " + footers.get(sameFooter.get(0)));
  }

  // ---- reading the articles back

  private static List<Truth> copies() {
    return truth.stream().filter(t -> !t.copies().equals(t.id())).toList();
  }

  private static List<Truth> rewrites() {
    return truth.stream().filter(t -> !t.story().equals(t.id()) && t.copies().equals(t.id())).toList();
  }

  /** The paragraphs of an article's text, datelines taken off. */
  private static List<String> paragraphs(String id) {
    List<String> out = new ArrayList<>();
    for (String p : texts.get(byId.get(id).source()).split("\n\n")) {
      out.add(DATELINE.matcher(p.strip()).replaceFirst(""));
    }
    return out;
  }

  /** The paragraphs of the story proper: from the one with the dateline, without the footer and the url line. */
  private static List<String> body(String id) {
    String[] all = texts.get(byId.get(id).source()).split("\n\n");
    List<String> out = new ArrayList<>();
    boolean started = false;
    for (String p : all) {
      String s = p.strip();
      started |= DATELINE.matcher(s).find();
      if (started && !s.equals(footers.get(id)) && !s.startsWith("Original url:")) {
        out.add(DATELINE.matcher(s).replaceFirst(""));
      }
    }
    return out;
  }

  /** Sentences of eight words or more with no quotation and no number: narrative. */
  private static List<String> narrativeSentences(String id) {
    List<String> out = new ArrayList<>();
    for (String p : body(id)) {
      for (String s : p.split("(?<=\\.) ")) {
        if (s.indexOf('"') < 0 && !s.matches(".*\\d.*") && WORDS.split(s).length >= RUN) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Runs of eight words outside quotation marks, the outlet's footer and the url line left out. */
  private static Set<String> runs(String id) {
    return runsOf(texts.get(byId.get(id).source()), footers.get(id));
  }

  private static Set<String> runsOf(String text, String footer) {
    Set<String> runs = new LinkedHashSet<>();
    StringBuilder kept = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.strip().equals(footer) && !line.startsWith("Original url:")) {
        kept.append(line).append('\n');
      }
    }
    String[] pieces = kept.toString().split("\"", -1);
    for (int k = 0; k < pieces.length; k += 2) {
      List<String> words = new ArrayList<>();
      for (String w : WORDS.split(pieces[k].toLowerCase(Locale.ROOT))) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      for (int i = 0; i + RUN <= words.size(); i++) {
        runs.add(String.join(" ", words.subList(i, i + RUN)));
      }
    }
    return runs;
  }
}
