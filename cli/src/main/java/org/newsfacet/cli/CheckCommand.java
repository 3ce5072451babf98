package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfacet.Newsfacet;
import org.newsfacet.index.IndexCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacet check}: reads the whole index with Lucene's CheckIndex and says what to do about what it finds. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the index: every file's checksum and every segment's structure (Lucene's CheckIndex). "
        + "Says whether the index is sound, and what to do when it is not. Needs the index to itself: no index "
        + "run may be adding to it.", "Exit code 0 when the index is sound, 1 when it is damaged."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Option(names = "--repair", description = "Remove the broken segments, and with them their articles (index the "
      + "same articles again afterwards: those still there are replaced, not duplicated).")
  boolean repair;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String folder = Terminal.field(index.index);
    IndexCheck check = Newsfacet.check(index.existing(), repair);
    if (!check.readable()) {
      out.printf(Locale.ROOT, "The index %s cannot be read: %s.%n", folder, check.problem());
      out.printf(Locale.ROOT, "What to do: restore the folder from a backup, or index the articles again into a new "
          + "folder (newsfacet index --index NEW PATH...) and use that one.%n");
      return 1;
    }
    if (check.clean()) {
      out.printf(Locale.ROOT, "The index %s is sound: %,d segments, %,d documents, every checksum and structure "
          + "checked.%n", folder, check.segments(), check.documents());
      return 0;
    }
    out.printf(Locale.ROOT, "The index %s is damaged: %,d of %,d segments are broken, holding %,d of its %,d documents "
        + "(articles with their quotations and figures).%n", folder, check.broken().size(), check.segments(), check.lost(),
        check.documents());
    check.broken().forEach(b -> out.printf(Locale.ROOT, "  segment %s (%,d documents): %s%n", b.name(), b.documents(),
        Terminal.field(b.problem())));
    if (check.repaired()) {
      out.printf(Locale.ROOT, "Repaired: the broken segments were removed. Index the same articles again to bring "
          + "back the ones they held: articles still in the index are replaced, not duplicated.%n");
      return 0;
    }
    out.printf(Locale.ROOT, "What to do: index the articles again into a new folder (newsfacet index --index NEW "
        + "PATH...), or run 'newsfacet check --repair --index %s' to remove the broken segments (their documents are "
        + "lost) and then index the same articles again.%n", folder);
    return 1;
  }
}
