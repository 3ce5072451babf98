package org.newsfacet.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsfacet} command: extract, index, search and describe collections of news articles. */
@Command(
    name = "newsfacet",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {ExtractCommand.class, IndexCommand.class, QueryCommand.class, StatsCommand.class, SimilarCommand.class, ServeCommand.class, CheckCommand.class, EvalCommand.class, GenerateCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    description = "Makes news articles searchable by who said what, which figures each source reported, "
        + "and how outlets covered a story.",
    footer = {"", "Exit codes: 0 success, 1 failure, 2 bad usage, 3 done but some inputs were skipped."})
public final class Main {
  /** Exit code of a run that finished but skipped some inputs. */
  static final int SKIPPED = 3;

  // Lucene reports optional speed-ups (vector instructions) through java.util.logging; a user of
  // the command line cannot act on them. The reference keeps the setting from being collected.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
      description = "On failure, print the stack trace as well as the message.")
  boolean stacktrace;

  final InputStream stdin;
  /** What standard output is: a terminal or not, coloured or not. */
  final Terminal.Screen outScreen;
  /** What standard error is: where a progress line is redrawn in place, or written as lines of a log. */
  final Terminal.Screen errScreen;

  Main(InputStream stdin, Terminal.Screen outScreen, Terminal.Screen errScreen) {
    this.stdin = stdin;
    this.outScreen = outScreen;
    this.errScreen = errScreen;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(System.in, out, err, screen("out"), screen("err"), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * What a standard stream is. The launcher says which are terminals ({@code -Dnewsfacet.terminal=out,err},
   * from the shell's {@code test -t}), as Java cannot tell for standard error; without it, standard
   * output is a terminal when the JVM's console is one (Java 22 and later say whether it is), and
   * standard error never is: a redrawn line or colour in a log is worse than a plain line on a screen.
   */
  static Terminal.Screen screen(String stream) {
    String said = System.getProperty("newsfacet.terminal");
    boolean terminal = said != null ? List.of(said.split(",")).contains(stream)
        : stream.equals("out") && consoleIsTerminal();
    return Terminal.Screen.of(terminal, System.getenv());
  }

  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console); // Java 22+
    } catch (ReflectiveOperationException e) {
      return true; // Java 21 has a console only when standard input and output are a terminal
    }
  }

  /**
   * Runs the command line with the given streams, as neither terminal, and returns the exit code,
   * for tests and embedding.
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(in, out, err, Terminal.Screen.FILE, Terminal.Screen.FILE, args);
  }

  /** Runs the command line with the given streams, each on the screen given, and returns the exit code. */
  static int run(InputStream in, PrintWriter out, PrintWriter err, Terminal.Screen outScreen, Terminal.Screen errScreen,
      String... args) {
    LUCENE_LOG.setLevel(Level.SEVERE);
    Main main = new Main(in, outScreen, errScreen);
    CommandLine cmd = new CommandLine(main);
    // Everything printed goes through the terminal writers, which show control characters from
    // data instead of letting them act; picocli's own colours would be shown as escapes too.
    PrintWriter safeOut = Terminal.writer(out);
    PrintWriter safeErr = Terminal.writer(err);
    cmd.setOut(safeOut);
    cmd.setErr(safeErr);
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cmd.setParameterExceptionHandler((ex, arguments) -> {
      // One line that says what is wrong, and where the usage is, instead of the whole usage.
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println("newsfacet: " + Terminal.field(ex.getMessage()));
      bad.getErr().println("(see: " + bad.getCommandSpec().qualifiedName() + " --help)");
      bad.getErr().flush();
      return bad.getCommandSpec().exitCodeOnInvalidInput();
    });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean usage = ex instanceof UsageException || ex instanceof QuerySyntaxException
          || ex instanceof QueryLimitException;
      commandLine.getErr().println("newsfacet: " + (usage ? "" : "error: ") + Terminal.field(message(ex)));
      if (main.stacktrace) {
        ex.printStackTrace(commandLine.getErr());
      } else if (!usage) {
        commandLine.getErr().println("(run again with --stacktrace for details)");
      }
      commandLine.getErr().flush();
      return usage ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    });
    int code = cmd.execute(args);
    safeOut.flush();
    safeErr.flush();
    return code;
  }

  private static String message(Throwable ex) {
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsfacet " + (v == null ? "development" : v), "Java " + Runtime.version()};
    }
  }
}
