package org.newsfacet.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Files newly indexed articles in stories, and re-files the stories that lost or changed an
 * article, against what a {@link StoryStore} holds: incremental, so that an article added later
 * joins its story and a story whose article was replaced or deleted is checked again.
 *
 * <p>Each new article is compared with its candidates only (the articles that share a band or an
 * anchor), never with every article. Kinship is transitive here: a copy of a rewrite is in the
 * rewrite's story. A story's id is its original's (see {@link StoryMember#ORIGINAL_FIRST}), so the
 * same articles get the same ids whatever order they were indexed in; a copy group likewise.
 */
public final class Stories {
  /** Articles of a changed story past which it is re-checked through candidates instead of pair by pair. */
  private static final int PAIRWISE_LIMIT = 200;

  private Stories() {}

  /**
   * What a round of filing did.
   *
   * @param compared pairs of articles whose kinship was verified
   * @param filed articles whose story, copy group or inferred agency changed
   */
  public record Round(long compared, long filed) {}

  /**
   * Files {@code added} and re-checks {@code changed}.
   *
   * @param store where the articles are read and filed
   * @param added ids of articles indexed since the last round (each alone in a story of its own)
   * @param changed ids of stories that lost an article (deleted, or replaced by a new version)
   * @return what was compared and filed
   * @throws IOException when the store cannot be read or written
   */
  public static Round file(StoryStore store, Collection<String> added, Collection<String> changed) throws IOException {
    Objects.requireNonNull(store, "store");
    Map<String, StoryMember> fresh = new LinkedHashMap<>();
    for (String id : new HashSet<>(added)) {
      store.member(id).ifPresent(m -> fresh.put(m.id(), m));
    }
    Links stories = new Links();
    Links copies = new Links();
    Set<String> touched = new HashSet<>(changed);
    AtomicLong compared = new AtomicLong();
    // Each new article is verified against its candidates on every core; the links are joined after.
    Map<String, List<StoryMember>> candidates = store.candidates(fresh.values());
    List<Link> links;
    // A filed story comes whole with a link to any of its members, unless it lost one (then it is checked again).
    Set<String> lost = Set.copyOf(changed);
    Predicate<StoryMember> whole = c -> !fresh.containsKey(c.id()) && !lost.contains(c.story());
    try {
      links = fresh.values().parallelStream()
          .flatMap(m -> verify(store, m, candidates.getOrDefault(m.id(), List.of()), whole, compared).stream())
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    fresh.keySet().forEach(id -> {
      stories.add(id);
      copies.add(id);
    });
    for (Link link : links) {
      stories.join(link.a(), link.b().id());
      if (link.kinship() == Kinship.COPY) {
        copies.join(link.a(), link.b().id());
      }
      if (!fresh.containsKey(link.b().id())) {
        touched.add(link.b().story());
      }
    }
    Map<String, StoryMember> all = new HashMap<>(fresh);
    Set<String> recheck = new HashSet<>(changed);
    Map<String, List<StoryMember>> byStory = touched.isEmpty() ? Map.of()
        : store.members(touched).stream().collect(Collectors.groupingBy(StoryMember::story));
    for (Map.Entry<String, List<StoryMember>> e : byStory.entrySet()) {
      List<StoryMember> members = e.getValue();
      members.forEach(m -> all.putIfAbsent(m.id(), m));
      if (recheck.contains(e.getKey())) {
        compared.addAndGet(recheck(store, members, stories, copies));
      } else {
        // A story that nothing left stays whole: its links were verified when it was filed.
        members.forEach(m -> stories.join(members.get(0).id(), m.id()));
        Map<String, String> firstOfGroup = new HashMap<>();
        for (StoryMember m : members) {
          copies.join(firstOfGroup.computeIfAbsent(m.copyGroup(), g -> m.id()), m.id());
        }
      }
    }
    long filed = 0;
    for (List<String> story : stories.groups(all.keySet())) {
      filed += file(store, story.stream().map(all::get).toList(), copies);
    }
    return new Round(compared.get(), filed);
  }

  /** A verified kinship between a new article and a candidate. */
  private record Link(String a, StoryMember b, Kinship kinship) {}

  /**
   * The new article's kin among its candidates. A pair of new articles may be verified from both
   * sides: candidates are the best few hundred, not a symmetric relation, and joining twice
   * changes nothing. {@code whole} is true for a candidate whose story a link to it joins whole.
   */
  private static List<Link> verify(StoryStore store, StoryMember m, List<StoryMember> candidates,
      Predicate<StoryMember> whole, AtomicLong compared) {
    List<Link> out = new ArrayList<>();
    // A filed story that a link already joins comes whole: its other members need only the copy test.
    Set<String> joined = new HashSet<>();
    for (StoryMember c : candidates) {
      compared.incrementAndGet();
      Kinship k;
      if (joined.contains(c.story())) {
        k = Kinship.copies(m.fingerprint(), c.fingerprint()) ? Kinship.COPY : Kinship.NONE;
      } else {
        k = Kinship.of(m.fingerprint(), c.fingerprint(), store::common, m.sameOutlet(c));
      }
      if (k != Kinship.NONE) {
        out.add(new Link(m.id(), c, k));
        if (whole.test(c)) {
          joined.add(c.story());
        }
      }
    }
    return out;
  }

  /** Links the members of a story that lost an article again, as their kinship now says. */
  private static long recheck(StoryStore store, List<StoryMember> members, Links stories, Links copies)
      throws IOException {
    long compared = 0L;
    members.forEach(m -> {
      stories.add(m.id());
      copies.add(m.id());
    });
    Map<String, StoryMember> byId = members.stream().collect(Collectors.toMap(StoryMember::id, Function.identity()));
    for (int i = 0; i < members.size(); i++) {
      StoryMember a = members.get(i);
      List<StoryMember> others = members.size() <= PAIRWISE_LIMIT ? members.subList(i + 1, members.size())
          : store.candidates(a.id(), a.fingerprint()).stream().filter(c -> byId.containsKey(c.id())).toList();
      for (StoryMember b : others) {
        compared++;
        Kinship k = Kinship.of(a.fingerprint(), b.fingerprint(), store::common, a.sameOutlet(b));
        if (k != Kinship.NONE) {
          stories.join(a.id(), b.id());
          if (k == Kinship.COPY) {
            copies.join(a.id(), b.id());
          }
        }
      }
    }
    return compared;
  }

  /** Files one story's articles: its original names it, each copy group's original names the group. */
  private static long file(StoryStore store, List<StoryMember> story, Links copies) throws IOException {
    String storyId = story.stream().min(StoryMember.ORIGINAL_FIRST).orElseThrow().id();
    long filed = 0;
    Map<String, StoryMember> byId = story.stream().collect(Collectors.toMap(StoryMember::id, Function.identity()));
    for (List<String> groupIds : copies.groups(byId.keySet())) {
      List<StoryMember> group = groupIds.stream().map(byId::get).sorted(StoryMember.ORIGINAL_FIRST).toList();
      String original = group.get(0).id();
      String credited = credit(group);
      for (StoryMember m : group) {
        String copyOf = group.size() == 1 || m.id().equals(original) ? null : original;
        String inferred = m.agency() == null ? credited : null;
        if (!storyId.equals(m.story()) || !Objects.equals(copyOf, m.copyOf())
            || !Objects.equals(inferred, m.inferredAgency())) {
          store.file(new StoryMember(m.id(), m.fingerprint(), m.published(), m.outlet(), m.agency(), storyId, copyOf,
              inferred));
          filed++;
        }
      }
    }
    return filed;
  }

  /** The agency a copy group credits: its original's, else the one most of its copies name. */
  private static String credit(List<StoryMember> group) {
    if (group.get(0).agency() != null) {
      return group.get(0).agency();
    }
    return group.stream().map(StoryMember::agency).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** Union-find over article ids. */
  private static final class Links {
    private final Map<String, String> parent = new HashMap<>();

    void add(String id) {
      parent.putIfAbsent(id, id);
    }

    String root(String id) {
      add(id);
      String r = id;
      while (!parent.get(r).equals(r)) {
        r = parent.get(r);
      }
      // Path compression keeps later look-ups short.
      String x = id;
      while (!parent.get(x).equals(r)) {
        String next = parent.get(x);
        parent.put(x, r);
        x = next;
      }
      return r;
    }

    void join(String a, String b) {
      String ra = root(a);
      String rb = root(b);
      if (!ra.equals(rb)) {
        parent.put(ra, rb);
      }
    }

    /** The ids grouped by root, each group in the order given. */
    List<List<String>> groups(Collection<String> ids) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String id : ids) {
        out.computeIfAbsent(root(id), r -> new ArrayList<>()).add(id);
      }
      return List.copyOf(out.values());
    }
  }
}
