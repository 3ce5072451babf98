package org.newsfacet.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsfacet.testing.StoryTexts;

class StoriesTest {
  /** An index in memory: every article is a candidate of every other, so that kinship alone decides. */
  private static final class Memory implements StoryStore {
    final Map<String, StoryMember> articles = new TreeMap<>();

    void add(String id, String text, String outlet, String agency, String day) {
      articles.put(id, new StoryMember(id, Fingerprint.of(text), day == null ? null : LocalDate.parse(day), outlet,
          agency, id, null, null));
    }

    @Override
    public Optional<StoryMember> member(String id) {
      return Optional.ofNullable(articles.get(id));
    }

    @Override
    public List<StoryMember> candidates(String id, Fingerprint fingerprint) {
      return articles.values().stream().filter(m -> !m.id().equals(id)).toList();
    }

    @Override
    public List<StoryMember> members(Set<String> stories) {
      return articles.values().stream().filter(m -> stories.contains(m.story())).toList();
    }

    @Override
    public boolean common(int anchor) {
      return false;
    }

    @Override
    public void file(StoryMember changed) {
      articles.put(changed.id(), changed);
    }

    String story(String id) {
      return articles.get(id).story();
    }
  }

  private static Memory corpus() {
    Memory m = new Memory();
    m.add("w", StoryTexts.report(), "Northwire", "Northwire", "2031-05-07");
    m.add("c", StoryTexts.trimmedCopy(), "Valley Post", null, "2031-05-06");
    m.add("r", StoryTexts.rewrite(), "Hill Herald", null, "2031-05-08");
    m.add("i", StoryTexts.independent(), "Lowland Times", null, "2031-05-07");
    m.add("u", StoryTexts.unrelated(), "Harbour News", null, "2031-05-07");
    return m;
  }

  @Test
  void copiesAndRewritesAreOneStoryNamedAfterTheAgencysOwnCopy() throws Exception {
    Memory m = corpus();
    Stories.file(m, List.copyOf(m.articles.keySet()), List.of());
    // The copy was published a day earlier, but the agency's own copy is the original.
    assertEquals("w", m.story("w"));
    assertEquals("w", m.story("c"));
    assertEquals("w", m.story("r"));
    assertEquals("i", m.story("i"));
    assertEquals("u", m.story("u"));
    assertEquals("w", m.articles.get("c").copyOf());
    assertNull(m.articles.get("r").copyOf(), "a rewrite copies no text");
    assertNull(m.articles.get("w").copyOf(), "the original copies nothing");
  }

  @Test
  void anUncreditedCopyInfersItsOriginalsAgencyAndAStatedCreditStays() throws Exception {
    Memory m = corpus();
    Stories.file(m, List.copyOf(m.articles.keySet()), List.of());
    assertEquals("Northwire", m.articles.get("c").inferredAgency());
    assertNull(m.articles.get("w").inferredAgency(), "a stated credit is never inferred over");
    assertNull(m.articles.get("r").inferredAgency(), "a rewrite is no copy: nothing is inferred");
  }

  @Test
  void theSameArticlesGetTheSameStoriesInAnyOrderOfArrival() throws Exception {
    Memory all = corpus();
    Stories.file(all, List.copyOf(all.articles.keySet()), List.of());
    Memory oneByOne = corpus();
    for (String id : List.of("u", "r", "i", "c", "w")) {
      Stories.file(oneByOne, List.of(id), List.of());
    }
    for (String id : all.articles.keySet()) {
      assertEquals(all.articles.get(id), oneByOne.articles.get(id), id);
    }
  }

  @Test
  void anArticleAddedLaterJoinsTwoStoriesIntoOneAndBecomesItsOriginal() throws Exception {
    Memory m = new Memory();
    m.add("c", StoryTexts.trimmedCopy(), "Valley Post", null, "2031-05-06");
    m.add("r", StoryTexts.rewrite(), "Hill Herald", null, "2031-05-08");
    Stories.file(m, List.of("c", "r"), List.of());
    // The copy was trimmed before the paragraphs the rewrite lifted: apart, they are two stories.
    assertEquals(List.of("c", "r"), List.of(m.story("c"), m.story("r")));
    m.add("w", StoryTexts.report(), "Northwire", "Northwire", "2031-05-07");
    Stories.file(m, List.of("w"), List.of());
    assertEquals(List.of("w", "w", "w"), List.of(m.story("c"), m.story("r"), m.story("w")));
  }

  @Test
  void deletingTheArticleThatHeldAStoryTogetherSplitsIt() throws Exception {
    Memory m = corpus();
    Stories.file(m, List.copyOf(m.articles.keySet()), List.of());
    // The copy was trimmed before the two paragraphs that the rewrite lifted: without the report
    // nothing links them.
    m.articles.remove("w");
    Stories.file(m, List.of(), List.of("w"));
    assertEquals("c", m.story("c"));
    assertNull(m.articles.get("c").copyOf());
    assertNull(m.articles.get("c").inferredAgency());
    List<String> stories = new ArrayList<>();
    m.articles.values().forEach(a -> stories.add(a.story()));
    assertEquals(List.of("c", "i", "r", "u"), stories);
  }
}
