package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newskg.Lexicon;
import org.newskg.extract.CountryGazetteer;

/**
 * Synthetic news for the benchmark, from templates of our own with names, places, dates and figures
 * drawn from the gazetteers: about 700 words an article, page furniture around the body, a third of
 * them as HTML, and people and events shared across articles so that resolution and fusion do real
 * work. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    /** One generated file. */
    public record Generated(String fileName, String content) {}

    private static final String[] TITLES = {"Foreign Minister", "Defence Minister", "President", "Prime Minister", "special envoy", "spokesman"};
    private static final String[] WEAPONS = {"drone", "ballistic missile", "artillery", "car bomb", "airstrike", "shelling"};
    private static final String[] TOPICS = {"ceasefire", "prisoner exchange", "peace deal", "trade deal", "grain deal"};
    private static final String[] FILLER = {
        "Officials said the talks had been prepared over %d weeks of quiet contacts between the delegations.",
        "Aid agencies said %d trucks carrying food and medicine were waiting at the border crossing.",
        "The fighting has displaced more than %d families in the region this year, according to local officials.",
        "Analysts said the outcome would depend on how far each side was willing to move on the main questions.",
        "Diplomats described the atmosphere as businesslike, though neither side announced a breakthrough.",
        "Markets in the region reacted calmly, with the currency trading %d points higher by the afternoon.",
        "Residents said electricity had been cut for %d hours after the previous night's fighting.",
        "The government said it would publish a full account of the discussions in the coming days.",
        "Several lawmakers called for more transparency about the terms being discussed behind closed doors.",
        "Observers noted that earlier rounds of talks had collapsed over the sequencing of commitments.",
    };

    private final Random random;
    private final List<CountryGazetteer.Country> countries = new ArrayList<>();
    private final List<String> given = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final String[][] people;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
        for (CountryGazetteer.Country c : CountryGazetteer.get().all()) {
            if (!c.capitals().isEmpty() && !c.demonyms().isEmpty() && c.name().matches("[A-Z][a-z]+")) countries.add(c);
        }
        countries.sort((a, b) -> a.iso2().compareTo(b.iso2()));
        for (String[] row : Lexicon.get().rows("bench-names.tsv")) (row[0].equals("given") ? given : surnames).add(row[1]);
        people = new String[given.size() * 5][];
        for (int i = 0; i < people.length; i++) {
            CountryGazetteer.Country c = countries.get(random.nextInt(countries.size()));
            people[i] = new String[] {given.get(i % given.size()) + " " + surnames.get((i * 7 + i / given.size()) % surnames.size()),
                c.demonyms().get(0), TITLES[i % TITLES.length], c.iso2()};
        }
    }

    /** {@code n} articles. */
    public List<Generated> generate(int n) {
        return generate(0, n);
    }

    /**
     * {@code n} articles numbered from {@code first}. Numbers past those of a corpus already stored give
     * new articles: the HTML ones are keyed by a URL made from the number, so the same numbers would
     * replace stored articles rather than add to them.
     */
    public List<Generated> generate(int first, int n) {
        List<Generated> out = new ArrayList<>(n);
        for (int i = first; i < first + n; i++) out.add(article(i));
        return out;
    }

    /** Writes {@code n} articles into {@code dir}. */
    public List<Path> writeTo(Path dir, int n) {
        return writeTo(dir, 0, n);
    }

    /** Writes {@code n} articles numbered from {@code first} into {@code dir}. */
    public List<Path> writeTo(Path dir, int first, int n) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Generated g : generate(first, n)) files.add(Files.writeString(dir.resolve(g.fileName()), g.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private Generated article(int i) {
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(i % 330);
        // Events are shared: articles a few apart report the same meeting or attack.
        Random event = new Random(i / 3);
        String[] a = people[event.nextInt(people.length)];
        String[] b = people[event.nextInt(people.length)];
        CountryGazetteer.Country host = countries.get(event.nextInt(countries.size()));
        CountryGazetteer.Country target = countries.get(event.nextInt(countries.size()));
        CountryGazetteer.Country attacker = countries.get(event.nextInt(countries.size()));
        int back = event.nextInt(5);
        // The event's day is its first report's date less a few days: each report names that day's
        // weekday, at most six days back, so that all of them date the same event the same day.
        LocalDate day = date.minusDays(i % 3 + back);
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int killed = 3 + event.nextInt(40);
        String topic = TOPICS[event.nextInt(TOPICS.length)];
        String weapon = WEAPONS[event.nextInt(WEAPONS.length)];
        String title = surname(a[0]) + " and " + surname(b[0]) + " meet in " + host.capitals().get(0) + " as " + topic + " talks resume";
        List<String> body = new ArrayList<>();
        body.add(a[1] + " " + a[2] + " " + a[0] + " met " + b[1] + " " + b[2] + " " + b[0] + " in " + host.capitals().get(0)
                + " on " + weekday + " to discuss a possible " + topic + ", officials said.");
        body.add(surname(a[0]) + " said after the meeting that both sides wanted to keep talking, and that another round could follow within weeks.");
        body.add("Separately, a " + attacker.demonyms().get(0) + " " + weapon + " attack on the city of " + target.capitals().get(0)
                + " killed at least " + killed + " people and wounded " + (killed * 2) + " on " + weekday + ", authorities said.");
        body.add(target.name() + " rejected a " + attacker.demonyms().get(0) + " proposal for a " + topic + ", after "
                + host.name() + " backed the plan.");
        int fillers = 18 + random.nextInt(8);
        for (int k = 0; k < fillers; k++) body.add(String.format(FILLER[random.nextInt(FILLER.length)], 2 + random.nextInt(90)));
        body.add("\"We will not stop until there is a lasting agreement,\" " + surname(b[0]) + " told reporters.");
        return i % 3 == 2 ? html(i, date, title, body) : text(i, date, title, body);
    }

    private static String surname(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private Generated text(int i, LocalDate date, String title, List<String> body) {
        StringBuilder b = new StringBuilder("date " + date + " " + title + "\n\n" + title + "\n\nWORLD\n");
        b.append("Delegates pose (L) before the talks, ").append(date).append(".\n\n");
        for (String p : body) b.append(p).append("\n\n");
        b.append("LATEST NEWS\n");
        for (int k = 1; k <= 5; k++) b.append("  ").append(k).append(". Other headline number ").append(random.nextInt(1000)).append(" of the day\n");
        b.append("Recommended\nMarkets steady as traders wait for data\nThe index was little changed in early trading on the day.\n");
        return new Generated(String.format("article-%06d.txt", i), b.toString());
    }

    private Generated html(int i, LocalDate date, String title, List<String> body) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append(" | Example</title>")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">")
                .append("<link rel=\"canonical\" href=\"https://bench.example/news/").append(i).append("\"></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>").append(title).append("</h1>");
        for (String p : body) b.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        b.append("</article><aside><ul>");
        for (int k = 0; k < 5; k++) b.append("<li><a href=\"/x").append(k).append("\">Another story ").append(k).append("</a></li>");
        b.append("</ul></aside><footer>Copyright Example News</footer></body></html>");
        return new Generated(String.format("article-%06d.html", i), b.toString());
    }
}
