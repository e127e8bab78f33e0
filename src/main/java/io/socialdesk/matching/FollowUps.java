package io.socialdesk.matching;

import io.socialdesk.triage.Languages;
import io.socialdesk.text.Terms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of chasing and thanking ("any update?", "still waiting", "thanks, that worked"), which say that a post
 * continues a conversation but nothing about what it is about: left out when topics are compared, and a post made of
 * nothing else has no subject of its own. Lists for the languages the product's texts are in; they are stemmed as the
 * post is, so "answered" and "answers" both count.
 */
final class FollowUps {
    private static final List<String> COMMON = List.of(
            "update updates news answer answers answered reply replies replied respond response responses wait waiting "
            + "waited hello hey anybody anyone someone somebody nothing time times day days week weeks hour hours "
            + "thanks thank thx cheers great perfect worked works work fixed help message messages ask asked asking "
            + "first second third follow followup already tried try told ticket request case issue problem question "
            + "status progress look looking urgent contact support team service customer sorry ok okay yes get getting "
            + "receive received hasn't haven't isn't don't didn't can't won't doesn't sent send comment comments dm dms "
            + "wrote write post posted here well either neither anything something everything lot",
            "novedad novedades noticias respuesta respuestas responder respondan contestar contesta esperando espero "
            + "sigo seguimos alguien hola gracias nada tiempo día días semana semanas ayuda mensaje ticket caso "
            + "problema favor todavía aún puede pueden podrían recibir recibo recibí",
            "antwort antworten hallo danke jemand warte warten neues neuigkeiten nichts zeit tage tag woche wochen "
            + "hilfe nachricht ticket fall problem bitte funktioniert klappt bekomme bekommen erhalte erhalten kann "
            + "können",
            "réponse réponses répondre nouvelles attends attente merci quelqu'un rien temps jours jour semaine "
            + "semaines aide message ticket problème bonjour toujours encore peut pouvez recevoir reçu",
            "返事 連絡 回答 対応 状況 進捗 何日 早く 待っ");
    /**
     * Worked out once per language the stemmers and stop words know (the key is the primary subtag, "" for none):
     * a fixed, read-only table, never grown by the language tags networks send.
     */
    private static final Map<String, Set<CharSequence>> BY_LANGUAGE = Stream.of("", "en", "es", "de", "fr", "pt",
                    "it", "nl", "ca", "da", "fi", "hu", "no", "nb", "ro", "ru", "sv", "tr", "ja", "zh", "ko")
            .collect(Collectors.toUnmodifiableMap(Function.identity(), FollowUps::stemsIn));

    private FollowUps() {
    }

    /** The stems of chasing words in the post's language (and English, which posts mix in). */
    static Set<CharSequence> of(Optional<String> language) {
        String primary = Languages.primary(language).orElse("");
        Set<CharSequence> known = BY_LANGUAGE.get(primary);
        return known != null ? known : stemsIn(primary);
    }

    private static Set<CharSequence> stemsIn(String language) {
        return Set.copyOf(Terms.stems(String.join(" ", COMMON),
                language.isEmpty() ? Optional.empty() : Optional.of(language)).keySet());
    }

    /** The counts without the chasing words. */
    static Map<CharSequence, Integer> without(Map<CharSequence, Integer> terms, Optional<String> language) {
        Set<CharSequence> chasing = of(language);
        Map<CharSequence, Integer> left = new java.util.HashMap<>(terms);
        left.keySet().removeIf(chasing::contains);
        return left;
    }
}
