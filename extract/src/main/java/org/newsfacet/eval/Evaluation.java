package org.newsfacet.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsfacet.extract.Extractor;
import org.newsfacet.extract.entity.NameKeys;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;

/**
 * Scores extraction against expected records ("gold"): for each field kind, how many extracted
 * values are right (precision), how many expected values were found (recall), and F1.
 *
 * <pre>{@code
 * EvalReport report = Evaluation.run(Path.of("gold.jsonl"), Path.of("."), Extractor.standard());
 * report.score("entities.PERSON").ifPresent(s -> System.out.println(s.f1()));
 * }</pre>
 *
 * <p>Single-valued fields count as right when equal ignoring case and spacing; authors as a set of
 * names; entities per type as a set matched through their names and aliases with the same
 * cross-article keys that facets use, so "Navalnyy" in one file finds "Navalny" in the other.
 */
public final class Evaluation {
  /** Scored metadata fields, in report order. */
  private static final Map<String, Function<Article, Object>> FIELDS = fields();

  private Evaluation() {}

  private static Map<String, Function<Article, Object>> fields() {
    Map<String, Function<Article, Object>> m = new LinkedHashMap<>();
    m.put("title", Article::title);
    m.put("published", Article::published);
    m.put("outlet", Article::outlet);
    m.put("agency", Article::agency);
    m.put("url", Article::url);
    m.put("dateline", Article::dateline);
    return m;
  }

  /**
   * Reads expected records from a JSON Lines file (or every {@code .jsonl} file below a folder),
   * extracts the articles their {@code source} fields name (relative to {@code root}), and scores.
   *
   * @param gold a JSON Lines file of expected records, or a folder of them
   * @param root the folder that the expected records' sources are relative to
   * @param extractor the extraction under test
   * @return the scores, with the expected records whose article was missing
   * @throws IOException when the expected records cannot be read
   */
  public static EvalReport run(Path gold, Path root, Extractor extractor) throws IOException {
    List<Article> expected = readGold(gold);
    Map<String, Article> extracted = new HashMap<>();
    Set<String> files = new java.util.LinkedHashSet<>();
    expected.forEach(a -> files.add(fileOf(a.source())));
    for (String file : files) {
      try (Stream<Item> items = ArticleReader.read(root.resolve(file), file)) {
        items.forEach(item -> {
          if (item instanceof Item.Loaded loaded) {
            extracted.put(loaded.source(), extractor.extract(loaded.article()).article());
          }
        });
      }
    }
    return score(expected, new ArrayList<>(extracted.values()));
  }

  /**
   * Scores extracted records against expected ones, pairing them by id, else by source.
   *
   * @param expected the records as they should be
   * @param extracted the records as extraction made them, in any order
   * @return the scores; an expected record without a partner counts all its values as missed
   */
  public static EvalReport score(List<Article> expected, List<Article> extracted) {
    Map<String, Article> byId = new HashMap<>();
    Map<String, Article> bySource = new HashMap<>();
    for (Article a : extracted) {
      byId.putIfAbsent(a.id(), a);
      bySource.putIfAbsent(a.source(), a);
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    FIELDS.keySet().forEach(k -> scores.put(k, new Score(k, 0, 0, 0)));
    scores.put("authors", new Score("authors", 0, 0, 0));
    for (EntityType t : EntityType.values()) {
      scores.put(entityKind(t), new Score(entityKind(t), 0, 0, 0));
    }
    scores.put(QUOTES, new Score(QUOTES, 0, 0, 0));
    scores.put(INDIRECT, new Score(INDIRECT, 0, 0, 0));
    scores.put(FIGURES, new Score(FIGURES, 0, 0, 0));
    Accuracy speakers = new Accuracy(SPEAKER, 0, 0);
    Accuracy indirectSpeakers = new Accuracy(INDIRECT_SPEAKER, 0, 0);
    Accuracy categories = new Accuracy(CATEGORY, 0, 0);
    Accuracy claimants = new Accuracy(CLAIMANT, 0, 0);
    Accuracy currencies = new Accuracy(CURRENCY, 0, 0);
    Accuracy bounds = new Accuracy(BOUND, 0, 0);
    Map<String, Accuracy> byRule = new java.util.TreeMap<>();
    int matched = 0;
    List<String> missing = new ArrayList<>();
    for (Article gold : expected) {
      Article got = byId.getOrDefault(gold.id(), bySource.get(gold.source()));
      if (got == null) {
        missing.add(gold.source());
        got = empty(gold);
      } else {
        matched++;
      }
      for (var field : FIELDS.entrySet()) {
        scores.merge(field.getKey(), single(field.getKey(), field.getValue().apply(gold), field.getValue().apply(got)),
            Evaluation::add);
      }
      scores.merge("authors", sets("authors", normalAll(gold.authors()), normalAll(got.authors())), Evaluation::add);
      for (EntityType t : EntityType.values()) {
        scores.merge(entityKind(t), entities(entityKind(t), ofType(gold, t), ofType(got, t)), Evaluation::add);
      }
      for (QuoteKind kind : QuoteKind.values()) {
        List<Quote> goldQuotes = ofKind(gold.quotes(), kind);
        List<Quote> gotQuotes = ofKind(got.quotes(), kind);
        List<Quote[]> pairs = quotes(goldQuotes, gotQuotes);
        String name = kind == QuoteKind.DIRECT ? QUOTES : INDIRECT;
        scores.merge(name, new Score(name, pairs.size(), gotQuotes.size() - pairs.size(),
            goldQuotes.size() - pairs.size()), Evaluation::add);
        int right = 0;
        for (Quote[] p : pairs) {
          boolean ok = sameSpeaker(p[0], p[1], gold, got);
          right += ok ? 1 : 0;
          byRule.merge(SPEAKER + "[" + rule(p[1].attributedBy()) + "]", new Accuracy("", ok ? 1 : 0, 1), Evaluation::sum);
        }
        if (kind == QuoteKind.DIRECT) {
          speakers = speakers.plus(right, pairs.size());
        } else {
          indirectSpeakers = indirectSpeakers.plus(right, pairs.size());
        }
      }
      List<Figure[]> f = figures(gold, got);
      scores.merge(FIGURES, new Score(FIGURES, f.size(), got.figures().size() - f.size(),
          gold.figures().size() - f.size()), Evaluation::add);
      for (Figure[] p : f) {
        boolean ok = sameClaimant(p[0].claimant(), p[1].claimant(), gold, got);
        categories = categories.plus(p[0].category() == p[1].category() ? 1 : 0, 1);
        if (p[0].category() == FigureCategory.MONEY) {
          currencies = currencies.plus(java.util.Objects.equals(p[0].currency(), p[1].currency()) ? 1 : 0, 1);
        }
        bounds = bounds.plus(java.util.Objects.equals(p[0].bound(), p[1].bound()) ? 1 : 0, 1);
        claimants = claimants.plus(ok ? 1 : 0, 1);
        byRule.merge(CLAIMANT + "[" + rule(p[1].attributedBy()) + "]", new Accuracy("", ok ? 1 : 0, 1), Evaluation::sum);
      }
    }
    List<Accuracy> accuracies = new ArrayList<>(List.of(speakers, indirectSpeakers, categories, claimants, currencies,
        bounds));
    byRule.forEach((kind, a) -> accuracies.add(new Accuracy(kind, a.right(), a.total())));
    return new EvalReport(expected.size(), matched, new ArrayList<>(scores.values()), accuracies, missing);
  }

  private static String rule(String attributedBy) {
    return attributedBy == null ? "none" : attributedBy;
  }

  private static Accuracy sum(Accuracy a, Accuracy b) {
    return a.plus(b.right(), b.total());
  }

  private static List<Quote> ofKind(List<Quote> quotes, QuoteKind kind) {
    return quotes.stream().filter(q -> q.kind() == kind).toList();
  }

  /**
   * The kind under which figures are scored. Accuracies per attribution rule are reported as
   * {@code figures.claimant[rule]} and {@code quotes.speaker[rule]} ({@code none} when no rule decided).
   */
  public static final String FIGURES = "figures";
  /** The kind under which the categories of matched figures are checked. */
  public static final String CATEGORY = "figures.category";
  /** The kind under which the claimants of matched figures are checked. */
  public static final String CLAIMANT = "figures.claimant";
  /** The kind under which the currency codes of matched money figures are checked. */
  public static final String CURRENCY = "figures.currency";
  /** The kind under which the bounds of matched figures are checked ("at least", or none). */
  public static final String BOUND = "figures.bound";

  /** Matches extracted figures to expected ones by value (low and high) and overlapping span: {expected, extracted} pairs. */
  private static List<Figure[]> figures(Article gold, Article got) {
    List<Figure> left = new ArrayList<>(got.figures());
    List<Figure[]> pairs = new ArrayList<>();
    for (Figure g : gold.figures()) {
      Figure found = null;
      for (Figure e : left) {
        if (same(g.low(), e.low()) && same(g.high(), e.high()) && e.start() < g.end() && g.start() < e.end()) {
          found = e;
          break;
        }
      }
      if (found != null) {
        left.remove(found);
        pairs.add(new Figure[] {g, found});
      }
    }
    return pairs;
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }

  /**
   * The same claimant: both none, the same key (through either record's aliases of the entity: "LSEG"
   * is the "London Stock Exchange Group" an article calls by both names), or two labels of one kind
   * ("one official", "the official").
   */
  private static boolean sameClaimant(String gold, String got, Article goldArticle, Article gotArticle) {
    if (gold == null || got == null) {
      return gold == null && got == null;
    }
    if (sameEntity(gold, got, goldArticle, gotArticle)) {
      return true;
    }
    boolean labels = Character.isLowerCase(gold.charAt(0)) && Character.isLowerCase(got.charAt(0));
    return labels && lastWord(gold).equalsIgnoreCase(lastWord(got));
  }

  private static String lastWord(String s) {
    String t = s.strip();
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  /** The kind under which direct quotations are scored. */
  public static final String QUOTES = "quotes";
  /** The kind under which the speakers of matched direct quotations are checked. */
  public static final String SPEAKER = "quotes.speaker";
  /** The kind under which reported speech is scored. */
  public static final String INDIRECT = "quotes.indirect";
  /** The kind under which the speakers of matched reported speech are checked. */
  public static final String INDIRECT_SPEAKER = "quotes.indirect.speaker";
  /** A quote matches an expected one when at least this share of the longer one's words are shared. */
  private static final double QUOTE_OVERLAP = 0.5;

  /** Matches extracted quotes to expected ones, most words shared and best pairs first: {expected, extracted} pairs. */
  private static List<Quote[]> quotes(List<Quote> gold, List<Quote> got) {
    List<double[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int e = 0; e < got.size(); e++) {
        double o = overlap(gold.get(g).text(), got.get(e).text());
        if (o >= QUOTE_OVERLAP) {
          candidates.add(new double[] {o, g, e});
        }
      }
    }
    candidates.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] gotUsed = new boolean[got.size()];
    List<Quote[]> pairs = new ArrayList<>();
    for (double[] p : candidates) {
      int g = (int) p[1];
      int e = (int) p[2];
      if (!goldUsed[g] && !gotUsed[e]) {
        goldUsed[g] = true;
        gotUsed[e] = true;
        pairs.add(new Quote[] {gold.get(g), got.get(e)});
      }
    }
    return pairs;
  }

  /** Shared words over the words of the longer quote. */
  private static double overlap(String a, String b) {
    List<String> wa = quoteWords(a);
    List<String> wb = new ArrayList<>(quoteWords(b));
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : wa) {
      if (wb.remove(w)) {
        shared++;
      }
    }
    return (double) shared / Math.max(wa.size(), wb.size() + shared);
  }

  private static List<String> quoteWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The same speaker: both unsaid, both unnamed sources (labels vary with the sentence), or the same
   * cross-article key, directly or through the expected record's aliases of that entity.
   */
  private static boolean sameSpeaker(Quote gold, Quote got, Article goldArticle, Article gotArticle) {
    if (gold.speakerType() == SpeakerType.UNKNOWN || gold.speaker() == null) {
      return got.speakerType() == SpeakerType.UNKNOWN || got.speaker() == null;
    }
    if (gold.speakerType() == SpeakerType.UNNAMED) {
      return got.speakerType() == SpeakerType.UNNAMED;
    }
    if (got.speaker() == null) {
      return false;
    }
    return sameEntity(gold.speaker(), got.speaker(), goldArticle, gotArticle);
  }

  /** The same name key, or one entity under both names in the expected record or in the extracted one. */
  private static boolean sameEntity(String gold, String got, Article goldArticle, Article gotArticle) {
    NameKeys keys = NameKeys.bundled();
    String goldKey = keys.key(gold);
    String gotKey = keys.key(got);
    if (goldKey.equals(gotKey)) {
      return true;
    }
    for (Entity e : goldArticle.entities()) {
      if (keys.key(e.name()).equals(goldKey) && e.aliases().stream().anyMatch(a -> keys.key(a).equals(gotKey))) {
        return true;
      }
    }
    // the extracted record's own merge counts only where the expected record knows that name as an entity
    // of the same type: "LSEG" there, "London Stock Exchange Group" (alias LSEG) here
    for (Entity e : gotArticle.entities()) {
      if (keys.key(e.name()).equals(gotKey) && e.aliases().stream().anyMatch(a -> keys.key(a).equals(goldKey))
          && goldArticle.entities().stream().anyMatch(g -> g.type() == e.type() && keys.key(g.name()).equals(goldKey))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind under which entities of one type are scored: {@code entities.PERSON}.
   *
   * @param type the kind of entity
   * @return the name of its score in the report
   */
  public static String entityKind(EntityType type) {
    return "entities." + type.name();
  }

  private static Score add(Score a, Score b) {
    return a.plus(b.truePositives(), b.falsePositives(), b.falseNegatives());
  }

  private static Score single(String kind, Object gold, Object got) {
    String g = gold == null ? null : normal(gold.toString());
    String e = got == null ? null : normal(got.toString());
    if (g == null && e == null) {
      return new Score(kind, 0, 0, 0);
    }
    if (Objects.equals(g, e)) {
      return new Score(kind, 1, 0, 0);
    }
    return new Score(kind, 0, e == null ? 0 : 1, g == null ? 0 : 1);
  }

  private static Score sets(String kind, List<String> gold, List<String> got) {
    List<String> left = new ArrayList<>(got);
    int tp = 0;
    for (String g : gold) {
      if (left.remove(g)) {
        tp++;
      }
    }
    return new Score(kind, tp, got.size() - tp, gold.size() - tp);
  }

  /** Entities match when any name or alias of one has the same cross-article key as one of the other. */
  private static Score entities(String kind, List<Entity> gold, List<Entity> got) {
    List<Set<String>> left = new ArrayList<>(got.stream().map(Evaluation::keys).toList());
    int tp = 0;
    for (Entity g : gold) {
      Set<String> keys = keys(g);
      for (int i = 0; i < left.size(); i++) {
        if (left.get(i).stream().anyMatch(keys::contains)) {
          left.remove(i);
          tp++;
          break;
        }
      }
    }
    return new Score(kind, tp, got.size() - tp, gold.size() - tp);
  }

  private static Set<String> keys(Entity e) {
    NameKeys keys = NameKeys.bundled();
    Set<String> out = new HashSet<>();
    out.add(keys.key(e.name()));
    e.aliases().forEach(a -> out.add(keys.key(a)));
    return out;
  }

  private static List<Entity> ofType(Article a, EntityType t) {
    return a.entities().stream().filter(e -> e.type() == t).toList();
  }

  private static List<String> normalAll(List<String> values) {
    return values.stream().map(Evaluation::normal).toList();
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").replaceAll("/$", "").toLowerCase(Locale.ROOT);
  }

  private static Article empty(Article gold) {
    return new Article(gold.id(), gold.source(), null, null, null, null, null, null,
        List.of(), List.of(), List.of(), List.of());
  }

  private static String fileOf(String source) {
    int hash = source.lastIndexOf('#');
    return hash > 0 && source.substring(hash + 1).matches("\\d+") ? source.substring(0, hash) : source;
  }

  /**
   * The name of the file of story truth that a folder of expected records may hold beside them
   * ({@code generate} writes one): the story of each article, not extraction records, so reading
   * a folder of expected records passes it by.
   */
  public static final String STORIES = "stories.jsonl";

  /**
   * Reads expected records from a JSON Lines file, or every .jsonl file below a folder but the
   * {@link #STORIES} files, in name order.
   *
   * @param gold a JSON Lines file, or a folder searched below for them
   * @return the records, file by file and line by line
   * @throws IOException when {@code gold} is neither a file nor a folder, or a file cannot be read
   */
  public static List<Article> readGold(Path gold) throws IOException {
    List<Path> files;
    if (Files.isDirectory(gold)) {
      try (Stream<Path> walk = Files.walk(gold)) {
        files = walk.filter(p -> p.toString().endsWith(".jsonl") && !p.getFileName().toString().equals(STORIES))
            .sorted().toList();
      }
    } else if (Files.isRegularFile(gold)) {
      files = List.of(gold);
    } else {
      throw new IOException("no expected records at " + gold);
    }
    List<Article> out = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        try {
          out.add(Json.readArticle(lines.get(i)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
