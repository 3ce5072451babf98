package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfacet.eval.Accuracy;
import org.newsfacet.eval.EvalReport;
import org.newsfacet.eval.Evaluation;
import org.newsfacet.eval.PairScore;
import org.newsfacet.eval.Score;
import org.newsfacet.eval.StoryTruth;
import org.newsfacet.extract.Extractor;
import org.newsfacet.json.Json;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.Syndication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacet eval}: scores extraction against expected records. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score extraction against expected records (the extraction format, JSON Lines): "
        + "precision, recall and F1 per field kind. Each record's 'source' names its article, relative to --root.",
        "With --stories TRUTH: score the stories and copy groups of an index (--index) against the truth that "
        + "`generate` writes (OUT/expected/stories.jsonl): pair precision, recall and F1."})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "GOLD", arity = "0..1", description = "A .jsonl file of expected records, or a folder of them.")
  Path gold;

  @Option(names = "--stories", paramLabel = "TRUTH",
      description = "Score the index's stories and copy groups against this truth file instead (stories.jsonl).")
  Path stories;

  @Mixin
  IndexOption index;

  @Mixin
  EngineOption engine;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
      description = "Folder the records' sources are relative to (default: the current folder).")
  Path root;

  @Option(names = "--json", description = "Print one JSON object per field kind.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (stories != null) {
      return stories();
    }
    if (gold == null) {
      throw new UsageException("give the expected records (GOLD), or --stories TRUTH to score an index's stories");
    }
    EvalReport report = Evaluation.run(gold, root, Extractor.standard());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (Score s : report.scores()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", s.kind());
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        o.put("tp", s.truePositives());
        o.put("fp", s.falsePositives());
        o.put("fn", s.falseNegatives());
        out.println(Json.write(o));
      }
      for (Accuracy a : report.accuracies()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", a.kind());
        o.put("accuracy", round(a.value()));
        o.put("right", a.right());
        o.put("checked", a.total());
        out.println(Json.write(o));
      }
    } else {
      out.printf(Locale.ROOT, "Scored %d expected records (%d found) from %s%n%n", report.expected(), report.matched(), gold);
      out.printf(Locale.ROOT, "%-22s %9s %7s %7s %6s %8s %7s%n", "field", "precision", "recall", "F1", "right", "spurious", "missed");
      for (Score s : report.scores()) {
        out.printf(Locale.ROOT, "%-22s %9.3f %7.3f %7.3f %6d %8d %7d%n", s.kind(), s.precision(), s.recall(), s.f1(),
            s.truePositives(), s.falsePositives(), s.falseNegatives());
      }
      for (Accuracy a : report.accuracies()) {
        out.printf(Locale.ROOT, "%-22s %9s %7s %7s %6d of %d right: accuracy %.3f%n", a.kind(), "", "", "", a.right(),
            a.total(), a.value());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    report.missing().forEach(m -> err.println("newsfacet: skipped " + m + ": article not found or not readable"));
    return report.missing().isEmpty() ? 0 : Main.SKIPPED;
  }

  /** Pair precision and recall of the index's copy groups and stories against the truth. */
  private int stories() throws IOException {
    StoryTruth truth = StoryTruth.read(stories);
    Map<String, Syndication> found;
    try (NewsSearch news = engine.openReadOnly(index)) {
      found = news.stories();
    }
    Map<String, String> foundStories = new HashMap<>();
    Map<String, String> foundCopies = new HashMap<>();
    found.forEach((id, s) -> {
      foundStories.put(id, s.story());
      foundCopies.put(id, s.copyGroup(id));
    });
    long missing = truth.stories().keySet().stream().filter(id -> !found.containsKey(id)).count();
    Map<String, PairScore> scores = truth.score(foundStories, foundCopies);
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.printf(Locale.ROOT, "Scored %,d articles of %s against %s (%,d not in the index)%n%n", truth.stories().size(),
          Terminal.field(engine.where(index)), Terminal.field(stories), missing);
      out.printf(Locale.ROOT, "%-9s %9s %7s %7s %12s %12s %12s%n", "level", "precision", "recall", "F1", "true pairs",
          "found pairs", "right pairs");
    }
    for (Map.Entry<String, PairScore> e : scores.entrySet()) {
      PairScore p = e.getValue();
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", e.getKey());
        o.put("precision", round(p.precision()));
        o.put("recall", round(p.recall()));
        o.put("f1", round(p.f1()));
        o.put("truePairs", p.truePairs());
        o.put("foundPairs", p.predictedPairs());
        o.put("rightPairs", p.correctPairs());
        out.println(Json.write(o));
      } else {
        out.printf(Locale.ROOT, "%-9s %9.4f %7.4f %7.4f %,12d %,12d %,12d%n", e.getKey(), p.precision(), p.recall(),
            p.f1(), p.truePairs(), p.predictedPairs(), p.correctPairs());
      }
    }
    return 0;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
