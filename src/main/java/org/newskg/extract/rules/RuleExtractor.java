package org.newskg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.Version;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.Lexicon;
import org.newskg.extract.MetadataExtractor;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.SentenceSplitter;
import org.newskg.ingest.Article;

/**
 * newskg's own extractor: sentences and tokens, then names (gazetteers, titles, capitalised runs),
 * then one actor per real thing in the article, then events clause by clause. Stateless between
 * articles and safe to share between threads.
 */
public final class RuleExtractor implements Extractor {
    public static final String NAME = "newskg-rules";

    private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.get());

    @Override
    public Extraction extract(Article a) {
        List<Sentence> sentences = splitter.split(a.text());
        MentionFinder finder = new MentionFinder();
        List<Mention> all = new ArrayList<>();
        for (Sentence s : sentences) all.addAll(finder.find(s));
        ActorTable actors = new ActorTable();
        List<Mention> resolved = actors.resolve(all, finder.namesAfterArticle());
        // A date taken from the file's modification time says nothing of "Thursday": leave those unresolved.
        boolean anchored = !a.dateSource().isCopyDate();
        EventRules events = new EventRules(actors, new DateResolver(anchored ? a.date() : null));
        int k = 0;
        for (Sentence s : sentences) {
            List<Mention> here = new ArrayList<>();
            while (k < resolved.size() && resolved.get(k).sentence().index() == s.index()) here.add(resolved.get(k++));
            events.read(s, here);
        }
        List<Extraction.Event> found = events.events();
        return new Extraction(MetadataExtractor.info(a, NAME, Version.CURRENT), actors.actors(), found);
    }
}
