package org.newsfacet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsfacet.ingest.Item;

/** Which inputs of a run were read in an encoding other than UTF-8, for the run's summary. */
final class Encodings {
  /** How many inputs the summary names per encoding; the rest are counted. */
  private static final int NAMED = 10;
  private final Map<String, List<String>> sources = new TreeMap<>();

  /** Notes an item read in another encoding. */
  void note(Item item) {
    if (item instanceof Item.Loaded loaded && loaded.encoding() != null) {
      sources.computeIfAbsent(loaded.encoding(), e -> new ArrayList<>()).add(loaded.source());
    }
  }

  /** "Read in other encodings than UTF-8: windows-1251 (1): page.html", or null when all was UTF-8. */
  String summary() {
    if (sources.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    sources.forEach((encoding, names) -> {
      List<String> shown = names.subList(0, Math.min(NAMED, names.size())).stream().map(Terminal::field).toList();
      parts.add(encoding + " (" + names.size() + "): " + String.join(", ", shown)
          + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : ""));
    });
    return "Read in encodings other than UTF-8: " + String.join("; ", parts);
  }
}
