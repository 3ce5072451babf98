package org.newsfacet.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * What syndication detection keeps of an article's body: a MinHash signature of its word shingles
 * (to find copies without comparing every pair, and to estimate how much of one text another
 * contains), and the hashes of its narrative shingles in text order (to verify that two articles
 * share passages of one report, not just a quotation that every outlet printed).
 *
 * <p>Words are runs of letters and digits, lower-cased; a shingle is {@value #SHINGLE} words in a
 * row. Narrative shingles are those outside quotation marks: independent reports of one news
 * conference share its quotations, copies and rewrites of one wire report share its narrative;
 * shared quotations still count as evidence beside shared narrative (see {@link Kinship}).
 * The same body gives the same fingerprint on every machine and every backend.
 */
public final class Fingerprint {
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Hash functions of the MinHash signature. */
  public static final int HASHES = 64;
  /** Bands of the locality-sensitive hashing: signature rows per band are {@code HASHES / BANDS}. */
  public static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;
  /** One narrative shingle in {@value #ANCHOR_EVERY} is an anchor: a term that finds rewrites. */
  private static final int ANCHOR_EVERY = 4;
  /** Marks a gap in the narrative (a quotation), which a shared passage does not cross. */
  static final int GAP = 0;
  private static final byte VERSION = 2;
  private static final long[] SEEDS = seeds();

  private final int shingles;
  private final int[] signature;
  private final int[] narrative;
  /** The hashes of the shingles inside quotation marks, sorted, distinct. */
  private final int[] quoted;
  /** The narrative hashes in a hash table, made on first use: a fingerprint is compared with many others. */
  private volatile int[] table;

  private Fingerprint(int shingles, int[] signature, int[] narrative, int[] quoted) {
    this.shingles = shingles;
    this.signature = signature;
    this.narrative = narrative;
    this.quoted = quoted;
  }

  /**
   * The fingerprint of an article body.
   *
   * @param body the text, as extraction read it (headline and credits blanked or not: they weigh little)
   * @return its fingerprint; an empty text gives an empty one, which resembles nothing
   */
  public static Fingerprint of(String body) {
    Objects.requireNonNull(body, "body");
    Words words = Words.of(body);
    long[] all = new long[Math.max(0, words.size() - SHINGLE + 1)];
    int[] narrative = new int[all.length];
    int[] quoted = new int[all.length];
    int n = 0;
    int q = 0;
    boolean gap = false;
    for (int i = 0; i < all.length; i++) {
      all[i] = words.shingle(i, SHINGLE);
      if (words.quoted(i, SHINGLE)) {
        if (words.allQuoted(i, SHINGLE)) {
          quoted[q++] = nonGap((int) (all[i] >>> 32));
        }
        gap = true;
        continue;
      }
      if (gap && n > 0 && narrative[n - 1] != GAP) {
        narrative[n++] = GAP;
      }
      gap = false;
      narrative[n++] = nonGap((int) (all[i] >>> 32));
    }
    long[] distinct = Arrays.stream(all).sorted().distinct().toArray();
    int[] signature = new int[HASHES];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (long s : distinct) {
      for (int h = 0; h < HASHES; h++) {
        int v = (int) (mix(s ^ SEEDS[h]) >>> 33); // non-negative, so that MAX_VALUE means "no shingle"
        if (v < signature[h]) {
          signature[h] = v;
        }
      }
    }
    return new Fingerprint(distinct.length, signature, Arrays.copyOf(narrative, n),
        Arrays.stream(quoted, 0, q).sorted().distinct().toArray());
  }

  /**
   * How many distinct shingles the body has.
   *
   * @return zero for a body of fewer than {@value #SHINGLE} words
   */
  public int shingles() {
    return shingles;
  }

  /**
   * The keys of the signature's bands: two bodies that share one are candidates for a copy.
   * Bodies whose shingles overlap by a Jaccard similarity of 0.7 share a band 99% of the time.
   *
   * @return one key per band, the band's number mixed in; none for an empty body
   */
  public long[] bands() {
    if (shingles == 0) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /**
   * The anchors: a fixed sample of the narrative shingles (the same shingle is an anchor in every
   * text), so that two bodies that share a passage of a dozen words most likely share an anchor.
   *
   * @return distinct anchor hashes
   */
  public int[] anchors() {
    return Arrays.stream(narrative).filter(Fingerprint::anchor).sorted().distinct().toArray();
  }

  /**
   * True when a narrative shingle's hash is an anchor.
   *
   * @param hash a narrative shingle's hash
   * @return true for one hash in {@value #ANCHOR_EVERY}
   */
  public static boolean anchor(int hash) {
    return hash != GAP && Integer.remainderUnsigned(mixInt(hash), ANCHOR_EVERY) == 0;
  }

  /**
   * The Jaccard similarity of the two bodies' shingles, as the signatures estimate it.
   *
   * @param other another fingerprint
   * @return from 0 (nothing shared) to 1; 0 when either body is empty
   */
  public double jaccard(Fingerprint other) {
    if (shingles == 0 || other.shingles == 0) {
      return 0;
    }
    int same = 0;
    for (int h = 0; h < HASHES; h++) {
      if (signature[h] == other.signature[h]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /**
   * How much of the shorter body the longer one contains, estimated from the signatures and the
   * sizes: a trimmed copy is contained whole in its original though their Jaccard similarity is low.
   *
   * @param other another fingerprint
   * @return from 0 to 1
   */
  public double containment(Fingerprint other) {
    double j = jaccard(other);
    if (j == 0) {
      return 0;
    }
    double shared = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1, shared / Math.min(shingles, other.shingles));
  }

  /** The narrative shingle hashes in text order, {@link #GAP} where a quotation interrupts. */
  int[] narrative() {
    return narrative;
  }

  /** The hashes of the shingles inside quotation marks, sorted and distinct. */
  int[] quoted() {
    return quoted;
  }

  /**
   * True when {@code hash} is one of the narrative's shingle hashes (never for {@link #GAP}).
   * The hashes are put in an open-addressing table on first use: one table serves every
   * comparison of this fingerprint, and a look-up costs a probe or two.
   */
  boolean narrates(int hash) {
    int[] t = table;
    if (t == null) {
      t = table(narrative);
      table = t;
    }
    int mask = t.length - 1;
    for (int i = mixInt(hash) & mask; t[i] != GAP; i = (i + 1) & mask) {
      if (t[i] == hash) {
        return true;
      }
    }
    return false;
  }

  /** The distinct non-gap hashes in a table of a power of two at most half full; empty slots hold {@link #GAP}. */
  private static int[] table(int[] hashes) {
    int size = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
    int[] t = new int[size];
    int mask = size - 1;
    for (int h : hashes) {
      if (h == GAP) {
        continue;
      }
      int i = mixInt(h) & mask;
      while (t[i] != GAP && t[i] != h) {
        i = (i + 1) & mask;
      }
      t[i] = h;
    }
    return t;
  }

  /**
   * The fingerprint as bytes, to store beside the article.
   *
   * @return what {@link #read(byte[])} reads back
   */
  public byte[] bytes() {
    ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 * HASHES + 4 + 4 * narrative.length + 4 + 4 * quoted.length);
    b.put(VERSION).putInt(shingles);
    for (int v : signature) {
      b.putInt(v);
    }
    b.putInt(narrative.length);
    for (int v : narrative) {
      b.putInt(v);
    }
    b.putInt(quoted.length);
    for (int v : quoted) {
      b.putInt(v);
    }
    return b.array();
  }

  /**
   * Reads a fingerprint written by {@link #bytes()}.
   *
   * @param bytes the stored bytes
   * @return the fingerprint
   * @throws IllegalArgumentException when the bytes are not a fingerprint of this version
   */
  public static Fingerprint read(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < 1 + 4 + 4 * HASHES + 4 || b.get() != VERSION) {
      throw new IllegalArgumentException("not a fingerprint of version " + VERSION);
    }
    int shingles = b.getInt();
    int[] signature = new int[HASHES];
    for (int h = 0; h < HASHES; h++) {
      signature[h] = b.getInt();
    }
    int[] narrative = new int[b.getInt()];
    for (int i = 0; i < narrative.length; i++) {
      narrative[i] = b.getInt();
    }
    int[] quoted = new int[b.getInt()];
    for (int i = 0; i < quoted.length; i++) {
      quoted[i] = b.getInt();
    }
    return new Fingerprint(shingles, signature, narrative, quoted);
  }

  /** Fingerprints of the same words are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && shingles == f.shingles && Arrays.equals(signature, f.signature)
        && Arrays.equals(narrative, f.narrative) && Arrays.equals(quoted, f.quoted);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(signature) + shingles;
  }

  private static int nonGap(int hash) {
    return hash == GAP ? 1 : hash;
  }

  /** A 64-bit finaliser (SplitMix64's): every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int mixInt(int h) {
    return (int) mix(h);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long s = 0x6E657773666163L; // fixed: fingerprints must compare across runs and machines
    for (int h = 0; h < HASHES; h++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[h] = mix(s);
    }
    return seeds;
  }
}
