package org.newsfacet.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsfacet.internal.Resources;

/**
 * Units of measure written after a number, glued ("50mph", "256GB") or after a space ("400
 * metres", "5.5 degrees Celsius"), from the resource {@code units.tsv}; longer forms first, case as
 * written. Immutable and thread-safe.
 */
final class Units {
  private static final Units STANDARD = load();

  private record Form(String text, boolean glued, String kind) {}

  private final List<Form> forms;

  private Units(List<Form> forms) {
    this.forms = List.copyOf(forms);
  }

  static Units standard() {
    return STANDARD;
  }

  private static Units load() {
    List<Form> forms = new ArrayList<>();
    for (String line : Resources.lines(Units.class, "units.tsv")) {
      String[] c = line.split("\t");
      if (c.length != 3 || !(c[2].strip().equals("glued") || c[2].strip().equals("spaced"))) {
        throw new IllegalStateException("units.tsv: not 'form<TAB>kind<TAB>glued|spaced': " + line);
      }
      forms.add(new Form(c[0], c[2].strip().equals("glued"), c[1].strip()));
    }
    forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
    return new Units(forms);
  }

  /**
   * The end of the unit written at {@code at}, right after a number that ends there: glued, or
   * after one space; -1 when none is. A unit ends before a letter or digit ("5 mins" is no "m").
   */
  int unitEnd(String body, int at) {
    for (int gap = 0; gap <= 1; gap++) {
      int s = at + gap;
      if (gap == 1 && (at >= body.length() || body.charAt(at) != ' ')) {
        break;
      }
      for (Form f : forms) {
        if (gap == 0 && !f.glued()) {
          continue;
        }
        int e = s + f.text().length();
        if (body.startsWith(f.text(), s) && (e == body.length() || !Character.isLetterOrDigit(body.charAt(e)))) {
          return e;
        }
      }
    }
    return -1;
  }

  /** What the unit written at {@code [start, end)} measures ("speed"), or null for none. */
  String kind(String written) {
    for (Form f : forms) {
      if (f.text().equals(written)) {
        return f.kind();
      }
    }
    return null;
  }
}
