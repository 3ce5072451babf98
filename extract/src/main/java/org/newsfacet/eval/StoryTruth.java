package org.newsfacet.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsfacet.json.Json;

/**
 * The true stories and copy groups of a corpus, as the corpus generator writes them to
 * {@code stories.jsonl}: one object per article, {@code {"id","source","story","copies"}}, where
 * {@code story} names the article's story and {@code copies} the text it carries.
 *
 * @param stories each article's true story key
 * @param copies each article's true copy-group key
 */
public record StoryTruth(Map<String, String> stories, Map<String, String> copies) {

  /** Copies the maps. */
  public StoryTruth {
    stories = Map.copyOf(stories);
    copies = Map.copyOf(copies);
  }

  /**
   * Reads a truth file.
   *
   * @param file {@code stories.jsonl}
   * @return the truth
   * @throws IOException when the file cannot be read, or a line is not a truth record (named with its line)
   */
  public static StoryTruth read(Path file) throws IOException {
    Map<String, String> stories = new LinkedHashMap<>();
    Map<String, String> copies = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Map<?, ?> o;
        try {
          o = Json.mapper().readValue(line, Map.class);
        } catch (JsonProcessingException e) {
          throw new IOException(file + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(o.get("id") instanceof String id) || !(o.get("story") instanceof String story)
            || !(o.get("copies") instanceof String group)) {
          throw new IOException(file + ":" + n + ": a truth record needs the strings id, story and copies");
        }
        stories.put(id, story);
        copies.put(id, group);
      }
    }
    return new StoryTruth(stories, copies);
  }

  /**
   * Scores a grouping found against this truth, pair by pair.
   *
   * @param foundStories each article's story as found
   * @param foundCopies each article's copy group as found (its own id when it copies nothing)
   * @return {@code copies} and {@code stories}, in that order
   */
  public Map<String, PairScore> score(Map<String, String> foundStories, Map<String, String> foundCopies) {
    Map<String, PairScore> out = new LinkedHashMap<>();
    out.put("copies", PairScore.of(copies, foundCopies));
    out.put("stories", PairScore.of(stories, foundStories));
    return out;
  }
}
