package org.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled outlet and agency registry, and host names. */
class OutletsTest {
  private static final Outlets OUTLETS = Outlets.bundled();

  @Test
  void bundledRegistryHasAtLeastThreeHundredEntries() {
    assertTrue(OUTLETS.all().size() >= 300, () -> "only " + OUTLETS.all().size() + " entries");
  }

  @Test
  void knowsTheMajorWireAgencies() {
    for (String name : List.of("AFP", "Reuters", "AP", "Xinhua", "Yonhap", "PTI", "Ukrinform")) {
      Optional<Outlet> o = OUTLETS.agencyNamed(name);
      assertTrue(o.isPresent(), () -> name + " is not a registered agency");
      assertEquals(name, o.get().name());
      assertTrue(o.get().agency());
    }
  }

  @Test
  void resolvesAgencyAliasesToCanonicalNames() {
    assertEquals("AFP", OUTLETS.agencyNamed("Agence France-Presse").map(Outlet::name).orElse(null));
    assertEquals("AP", OUTLETS.agencyNamed("Associated Press").map(Outlet::name).orElse(null));
    assertEquals("AP", OUTLETS.agencyNamed("The Associated Press").map(Outlet::name).orElse(null));
  }

  @Test
  void agenciesAreNamedByTheShortNamesTheirCreditsUse() {
    assertEquals("Anadolu", OUTLETS.agencyNamed("Anadolu Agency").map(Outlet::name).orElse(null));
    assertEquals("APP", OUTLETS.agencyNamed("Associated Press of Pakistan").map(Outlet::name).orElse(null));
    assertEquals("Xinhua", OUTLETS.agencyNamed("Xinhuanet").map(Outlet::name).orElse(null));
  }

  @Test
  void anOutletThatOtherSitesCreditIsStillNoAgency() {
    assertTrue(OUTLETS.named("TOLOnews").isPresent());
    assertTrue(OUTLETS.agencyNamed("TOLOnews").isEmpty());
  }

  @Test
  void namesMatchIgnoringCase() {
    assertEquals("AFP", OUTLETS.named("agence france-presse").map(Outlet::name).orElse(null));
    assertEquals("Reuters", OUTLETS.named("REUTERS").map(Outlet::name).orElse(null));
    assertEquals("Ukrinform", OUTLETS.named("UkrinForm").map(Outlet::name).orElse(null));
  }

  @Test
  void namesMatchWithoutLeadingThe() {
    assertEquals("The Guardian", OUTLETS.named("the guardian").map(Outlet::name).orElse(null));
    assertEquals("The Guardian", OUTLETS.named("The Guardian").map(Outlet::name).orElse(null));
  }

  @Test
  void outletIsNoAgency() {
    assertTrue(OUTLETS.named("CNN").isPresent());
    assertTrue(OUTLETS.agencyNamed("CNN").isEmpty());
  }

  @Test
  void unknownNameIsEmpty() {
    assertTrue(OUTLETS.named("Lindholm Courier").isEmpty());
    assertTrue(OUTLETS.named(null).isEmpty());
  }

  @Test
  void canonicalKeepsUnknownNameAsGiven() {
    assertEquals("Lindholm Courier", OUTLETS.canonical(" Lindholm Courier "));
    assertEquals("AP", OUTLETS.canonical("associated press"));
    assertNull(OUTLETS.canonical(null));
  }

  @Test
  void findsOutletForSubdomainHost() {
    assertEquals("CNN", OUTLETS.forHost("edition.cnn.com").map(Outlet::name).orElse(null));
  }

  @Test
  void findsAgencyForSubdomainUnderCountrySuffix() {
    assertEquals("Yonhap", OUTLETS.forHost("en.yna.co.kr").map(Outlet::name).orElse(null));
  }

  @Test
  void findsOutletForWwwHostIgnoringCase() {
    assertEquals("The Guardian", OUTLETS.forHost("WWW.TheGuardian.com").map(Outlet::name).orElse(null));
  }

  @Test
  void unknownHostHasNoOutlet() {
    assertTrue(OUTLETS.forHost("news.example-harbour.co.uk").isEmpty());
    assertTrue(OUTLETS.forHost(null).isEmpty());
  }

  @Test
  void registryLoadsFromTabSeparatedLines() {
    String tsv = "# comment\n\nHarbour Wire\tagency\tharbourwire.example\tHW,Harbour Wire Service\n"
        + "Lindholm Courier\toutlet\tlindholm-courier.example\t\n";
    Outlets o = Outlets.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    assertEquals(2, o.all().size());
    assertEquals("Harbour Wire", o.agencyNamed("harbour wire service").map(Outlet::name).orElse(null));
    assertEquals("Lindholm Courier", o.forHost("www.lindholm-courier.example").map(Outlet::name).orElse(null));
  }

  @Test
  void noTwoEntriesShareADomain() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Outlet o : OUTLETS.all()) {
      for (String d : o.domains()) {
        String key = d.toLowerCase(Locale.ROOT);
        String before = owner.putIfAbsent(key, o.name());
        if (before != null && !before.equals(o.name())) {
          clashes.add(key + " (" + before + ", " + o.name() + ")");
        }
      }
    }
    if (!clashes.isEmpty()) {
      fail("domains registered twice: " + clashes);
    }
  }

  @Test
  void noTwoEntriesShareANameOrAlias() {
    Map<String, Outlet> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Outlet o : OUTLETS.all()) {
      List<String> names = new ArrayList<>(o.aliases());
      names.add(o.name());
      for (String n : names) {
        String key = n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Outlet before = owner.putIfAbsent(key, o);
        if (before != null && before != o) {
          clashes.add(key + " (" + before.name() + ", " + o.name() + ")");
        }
      }
    }
    if (!clashes.isEmpty()) {
      fail("names or aliases shared by two entries: " + clashes);
    }
  }

  @Test
  void everyEntryHasAName() {
    for (Outlet o : OUTLETS.all()) {
      assertTrue(!o.name().isBlank(), () -> "blank name in " + o);
    }
  }

  // ---- domains ----

  @Test
  void registrableDomainDropsSubdomain() {
    assertEquals("online.ua", Domains.registrable("news.online.ua"));
  }

  @Test
  void registrableDomainKeepsMultiLabelSuffix() {
    assertEquals("bbc.co.uk", Domains.registrable("www.bbc.co.uk"));
    assertEquals("yna.co.kr", Domains.registrable("en.yna.co.kr"));
    assertEquals("example-harbour.co.uk", Domains.registrable("news.example-harbour.co.uk"));
  }

  @Test
  void registrableDomainOfTwoLabelHostIsTheHost() {
    assertEquals("suara.my", Domains.registrable("suara.my"));
  }

  @Test
  void registrableDomainIgnoresCaseAndTrailingDot() {
    assertEquals("cnn.com", Domains.registrable("Edition.CNN.com."));
  }

  @Test
  void hostOfUrlIsLowerCaseWithoutWww() {
    assertEquals("bbc.co.uk", Domains.host("https://WWW.BBC.co.uk/news/world-1"));
    assertEquals("edition.cnn.com", Domains.host("http://edition.cnn.com/2024/10/17/world"));
  }

  @Test
  void hostOfNonHttpTextIsNull() {
    assertNull(Domains.host("ftp://files.example.org/a"));
    assertNull(Domains.host("not a url"));
    assertNull(Domains.host(null));
  }
}
