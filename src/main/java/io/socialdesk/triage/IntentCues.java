package io.socialdesk.triage;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words that make a post a complaint, praise or a question, per language: English's for English and untagged
 * posts (and languages without a list of their own), Spanish, German, French and Portuguese lists for posts tagged so
 * (English cue words read wrongly there: German "fast" is "almost", "still" is "quiet"). Emoji count in every
 * language. Refund nouns ("reembolso", "Erstattung", "remboursement") are no complaint cue outside English: without a
 * sentiment score, "thanks for the fast refund" could not be told from a complaint about one. Measured on labelled
 * posts in PostTriageTest.
 */
record IntentCues(Pattern complaint, Pattern praise, Pattern questionOpener) {
    private static final String COMPLAINT_EMOJI = "😡|🤬|😤|👎";
    private static final String PRAISE_EMOJI = "❤️|❤|😍|🙏|👏|🥰|💯|🎉";

    static final IntentCues ENGLISH = new IntentCues(
            words("(?iu)", "late|delay(ed)?|never (arrived|came|got)"
                    + "|still (waiting|nothing|no|not)|not (arrived|working|received|delivered|shipped|happy)"
                    + "|doesn'?t (work|exist)"
                    + "|does not work|hasn'?t (moved|arrived|come)|stopped working|money back|keeps? (crashing|buffering"
                    + "|failing|freezing)|hung up|leaks?|deleted|overbilled|cancels"
                    + "|didn'?t (arrive|work|get)|broken|broke|crash(es|ed|ing)?|refund|charged twice|double charged"
                    + "|overcharged|cancel(led)?|worst|terrible|awful|horrible|useless|ridiculous|unacceptable|scam"
                    + "|disappointed|disappointing|nobody (answers|replies|helps)|no (one|answer|reply|response)"
                    + "|missing|wrong|lost|damaged|error|fail(s|ed|ing)?|down again|outage|can'?t (log ?in|login|access)"
                    + "|logs? me out|stuck|complain(t)?|angry|fed up|waste", COMPLAINT_EMOJI),
            words("(?iu)", "thanks?|thank you|thx|love|loving|great"
                    + "|awesome|amazing|excellent|fantastic|brilliant|perfect|kudos|shout ?out|appreciate(d)?|best"
                    + "|well done|impressed|wonderful|helpful|quick(ly)?|fast|super", PRAISE_EMOJI),
            Pattern.compile("(?iu)^\\s*(@\\S+\\s+)*(how|what|when|where"
                    + "|why|which|who|can|could|do|does|did|is|are|will|would|should|any (update|news|idea))\\b(?!')"));

    private static final Map<String, IntentCues> BY_LANGUAGE = Map.of(
            "es", new IntentCues(
                    words("(?iuU)", "retraso|retrasad[oa]s?|no (ha |me ha )?llegad[oa]|no llega|nunca llegó"
                            + "|sigo esperando|llevo .{0,30}esperando|en espera|todavía (nada|no|sin|esperando)"
                            + "|no funciona|ya no va|no (puedo|consigo) (entrar|acceder|pagar|iniciar|comprar)"
                            + "|rot[oa]s?|dañad[oa]|defectuos[oa]|cobrad[oa] dos veces|doble cobro|me habéis cobrado"
                            + "|mi dinero|vergüenza|pésim[oa]|fatal|horrible|terrible|desastre|inaceptable|estafa"
                            + "|queja|reclamación|hart[oa]|nadie (contesta|responde|atiende)"
                            + "|no (contestan|responden|atienden|responde|contesta)|caíd[oa]|error|fallo|falla"
                            + "|se (cierra|cuelga|bloquea)|imposible|perdid[oa]|equivocad[oa]|cancelad[oa]"
                            + "|decepcionad[oa]|mal servicio|timo", COMPLAINT_EMOJI),
                    words("(?iuU)", "gracias|me encanta|encantad[oa]|genial|excelente|estupend[oa]|increíble"
                            + "|perfect[oa]|buenísim[oa]|buen servicio|gran servicio|maravillos[oa]|felicidades"
                            + "|enhorabuena|fantástic[oa]|amables?|da gusto|recomiendo|top", PRAISE_EMOJI),
                    opener("(hola|buenas|buenos días)", "cuánt[oa]s?|cuándo|dónde|cómo|cuál|cuáles|quién|por qué"
                            + "|puedo|podéis|pueden|puede|tenéis|tienen|hacéis|hacen|hay|alguien sabe|sabéis|saben")),
            "de", new IntentCues(
                    words("(?iuU)", "verspätet|verspätung|überfällig|(noch )?nicht (angekommen|geliefert|erhalten)"
                            + "|nie angekommen|immer noch (nicht|nichts|keine?|warten?)|warte (immer noch|seit)"
                            + "|funktioniert (nicht|gar nicht)|geht nicht( mehr)?|(komme|kann) nicht (rein|einloggen"
                            + "|bezahlen|zahlen|bestellen)|kaputt|beschädigt|defekt|doppelt (abgebucht|berechnet)"
                            + "|geld zurück|unmöglich|frechheit|katastroph(e|al|aler|ale)|schrecklich|furchtbar"
                            + "|miserabel|unverschämt|inakzeptabel|betrug|beschwerde|enttäuscht|enttäuschend"
                            + "|niemand (antwortet|meldet sich|hilft|reagiert)|keine (antwort|reaktion)"
                            + "|reagiert nicht|warteschleife|down|störung|ausfall|fehler|stürzt ab|absturz"
                            + "|verloren|falsch|fehlt|storniert|abgezockt|ärgerlich|sauer", COMPLAINT_EMOJI),
                    words("(?iuU)", "danke|dankeschön|vielen dank|liebe|super|klasse|toll(e|er|es)?|großartig"
                            + "|hervorragend|ausgezeichnet|perfekt|freundlich(e|er)?|lob|empfehle|gerne wieder"
                            + "|spitze|genial|top", PRAISE_EMOJI),
                    opener("(hallo|hi|guten tag|moin)", "wie|was|wann|wo|warum|wieso|welche[rsmn]?|wer|kann|könnt"
                            + "|können|habt|hat|haben|gibt es|liefert|ist|sind|seid|wisst|weiß jemand")),
            "fr", new IntentCues(
                    words("(?iuU)", "retard|toujours (pas|rien|en attente|aucune?)|j'attends (toujours|depuis)"
                            + "|(pas|jamais) (reçu|arrivée?|livrée?)|ne (marche|fonctionne) (pas|plus)"
                            + "|marche pas|fonctionne pas|impossible de|en panne|panne|bug|plante|cassée?|abîmée?"
                            + "|endommagée?|défectueu(x|se)|(débité|prélevé|facturé) deux fois|être remboursée?"
                            + "|remboursez|inadmissible|inacceptable|scandale|scandaleu(x|se)|honte|nulle?"
                            + "|lamentable|horrible|catastroph(e|ique)|arnaque|plainte|réclamation|déçue?"
                            + "|personne ne (répond|rappelle|m'aide)|aucune réponse|ne répond (pas|plus)|erreur"
                            + "|perdue?|manquante?|annulée?|marre|énervée?", COMPLAINT_EMOJI),
                    words("(?iuU)", "merci|j'adore|adore|génial|excellent(e)?|super|top|parfait(e)?|bravo"
                            + "|formidable|incroyable|aimables?|sympa|recommande|félicitations|au top|nickel"
                            + "|impeccable", PRAISE_EMOJI),
                    opener("(bonjour|salut|bonsoir)", "comment|combien|quand|où|pourquoi|quel(le)?s?|qui"
                            + "|est-ce que|est-ce qu'|pouvez-vous|puis-je|je peux|avez-vous|y a-t-il|vous livrez"
                            + "|vous avez|c'est possible")),
            "pt", new IntentCues(
                    words("(?iuU)", "atrasad[oa]s?|atraso|não (chegou|recebi|funciona|consigo)|nunca chegou"
                            + "|ainda (esperando|aguardando|nada|não|sem)|(esperando|aguardando) há"
                            + "|quebrad[oa]|danificad[oa]|defeito|cobra(ram|do) duas vezes|cobrança (dupla|indevida)"
                            + "|dinheiro de volta|absurdo|vergonha|péssim[oa]|horrível|terrível|ridículo|inaceitável"
                            + "|golpe|reclamação|decepcionad[oa]|ninguém (responde|atende)|sem resposta"
                            + "|não (responde|atende)|fora do ar|caiu|erro|falha|travando|trava|perdid[oa]"
                            + "|errad[oa]|cancelad[oa]|descaso|raiva|impossível", COMPLAINT_EMOJI),
                    words("(?iuU)", "obrigad[oa]|valeu|amei|adoro|amo|ótim[oa]|excelente|maravilhos[oa]"
                            + "|perfeit[oa]|show|top|incrível|parabéns|simpátic[oa]s?|recomendo|nota 10"
                            + "|sensacional", PRAISE_EMOJI),
                    opener("(olá|oi|bom dia|boa tarde|boa noite)", "como|quanto|quanta|quando|onde|qual|quais"
                            + "|quem|por que|posso|pode|podem|vocês (entregam|têm|tem|fazem|aceitam)|tem|têm|há"
                            + "|alguém sabe|é possível")));

    /** The cues for a post in {@code language} (a primary subtag, as {@link Languages#of} reads it). */
    static IntentCues of(Optional<String> language) {
        return language.map(BY_LANGUAGE::get).orElse(ENGLISH);
    }

    private static Pattern words(String flags, String words, String emoji) {
        return Pattern.compile(flags + "\\b(" + words + ")\\b|" + emoji);
    }

    /** An opener word first (after mentions and a greeting), as such posts often ask without a question mark. */
    private static Pattern opener(String greeting, String words) {
        return Pattern.compile("(?iuU)^\\s*(@\\S+\\s+)*(" + greeting + "[,!.]?\\s+)?(" + words + ")\\b");
    }
}
