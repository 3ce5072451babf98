import java.nio.file.Path;
import org.newsfacet.Newsfacet;
import org.newsfacet.index.IndexReport;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.model.Article;
import org.newsfacet.query.Answer;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.Hit;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;

public class EmbeddingExample {
  public static void main(String[] args) throws Exception {
    Path indexFolder = Path.of(args[0]); // for example newsfacet-index
    Path articles = Path.of(args[1]);    // for example testdata/articles

    // Extraction alone: the record of one article.
    Article one = Newsfacet.extract("OSLO (Reuters) - Norway's central bank held its key rate on Thursday.");
    System.out.println(one.agency() + " / " + one.dateline()); // Reuters / Oslo

    try (NewsIndex index = Newsfacet.open(indexFolder)) {
      IndexReport report = index.add(articles);
      System.out.println("indexed " + report.indexed() + ", skipped " + report.skipped().size());

      Results<Hit> results = index.search(SearchRequest.text("North Korean troops").agency("AFP").limit(5));
      for (Hit hit : results.hits()) {
        Article a = hit.article();
        System.out.println(a.published() + " " + a.outlet() + ": " + hit.snippet());
      }
      System.out.println("by outlet: " + results.facet(Dimensions.OUTLET));
    }

    // Searching only, through the interface every backend implements.
    try (NewsSearch news = Newsfacet.openReadOnly(indexFolder)) {
      // A name that matches nothing comes back with the known names near it.
      Results<QuoteHit> quotes = news.quotes(QuoteRequest.by("Rutt"));
      System.out.println(quotes.total() + " quotes; did you mean " + quotes.suggestions() + "?");

      // A question in plain words; the answer has the shape that fits it, and the JSON `query --json` prints.
      Answer answer = Newsfacet.questions(news).ask("troop figures by source");
      if (answer instanceof Answer.Groups groups) {
        System.out.println(AnswerJson.items(groups).size() + " groups");
        groups.groups().forEach(g -> System.out.println(g.key() + ": " + g.figures().size() + " figures"));
      }
    }
  }
}
