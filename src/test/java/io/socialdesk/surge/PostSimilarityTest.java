package io.socialdesk.surge;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.triage.Triage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The similarity that decides incident membership, on labelled pairs: complaints about one outage worded
 * differently must reach the default 40 %; a different problem, a question or praise on the same day must not.
 */
class PostSimilarityTest {
    private static final double DEFAULT = 0.40;
    private static final List<String> SAME_OUTAGE = List.of(
            "the app crashes every time I open my cart since the update",
            "since today's update the app crashes when I open the cart",
            "@acme app keeps crashing on the cart page after the update, can't order https://t.co/x",
            "your update broke the cart, the app crashes instantly",
            "Cart CRASHES the whole app after updating!!! fix it please",
            "after the latest update opening my cart crashes the app");
    private static final List<String> OTHER = List.of(
            "do you ship to Canada?", "love the new autumn colours",
            "my parcel tracking number shows delivered but nothing arrived",
            "can I change the billing address on my invoice", "is the Berlin store open on Sunday",
            "thank you for the fast refund", "I was charged twice for order 4711",
            "the website login page says error 500");

    @Test
    void givenComplaintsAboutOneOutage_whenCompared_thenEveryPairIsAlikeEnough() {
        // given
        Map<CharSequence, Integer> incident = incident(SAME_OUTAGE);

        // when / then
        for (String post : SAME_OUTAGE) {
            assertThat(PostSimilarity.similarity(PostSimilarity.terms(post), incident)).as(post)
                    .isGreaterThanOrEqualTo(DEFAULT);
        }
    }

    @Test
    void givenOtherPostsOfTheSameDay_whenComparedWithTheIncident_thenNoneIsAlikeEnough() {
        // given
        Map<CharSequence, Integer> incident = incident(SAME_OUTAGE);

        // when / then
        for (String post : OTHER) {
            assertThat(PostSimilarity.similarity(PostSimilarity.terms(post), incident)).as(post).isLessThan(DEFAULT);
        }
    }

    @Test
    void givenMentionsLinksNumbersAndStopWords_whenReadingTerms_thenOnlyTheSubjectsWordsCount() {
        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms("@acme why does the app STILL crash?? 3 times "
                + "https://t.co/abc #outage apps");

        // then: "apps" and "app" are one word, the hashtag's word is kept
        assertThat(terms).containsOnlyKeys("app", "crash", "time", "outage").containsEntry("app", 2);
    }

    @Test
    void givenPluralsAndThirdPersons_whenReadingTerms_thenTheyCountAsTheirBaseWordAndStillReadAsWords() {
        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms("crashes crash deliveries delivery boxes box "
                + "orders address");

        // then
        assertThat(terms).containsOnly(Map.entry("crash", 2), Map.entry("delivery", 2), Map.entry("box", 2),
                Map.entry("order", 1), Map.entry("address", 1));
    }

    @Test
    void givenAPostWithoutWords_whenCompared_thenItIsAlikeToNothing() {
        // when / then
        assertThat(PostSimilarity.similarity(PostSimilarity.terms("@acme 👍 !!!"), incident(SAME_OUTAGE))).isZero();
    }

    /**
     * Other languages: one outage worded six ways, and other posts of the same day that share only the language's
     * articles, prepositions and pronouns with it ("de", "la", "que", "mi", "die", "ist", "le", "pas", "não"...).
     */
    private static final Map<String, List<List<String>>> LANGUAGES = Map.of(
            "es", List.of(List.of(
                    "la app se cierra cada vez que abro el carrito desde la actualización",
                    "desde la actualización de hoy la app se cierra al abrir el carrito",
                    "@acme la app se sigue cerrando en el carrito después de la actualización, no puedo pedir",
                    "vuestra actualización rompió el carrito, la app se cierra al instante",
                    "¡el carrito cierra la app entera después de actualizar! arregladlo por favor",
                    "tras la última actualización abrir mi carrito cierra la app"), List.of(
                    "¿hacéis envíos a Canadá?", "me encantan los nuevos colores de otoño",
                    "el número de seguimiento de mi paquete dice entregado pero no ha llegado nada",
                    "¿puedo cambiar la dirección de facturación de mi factura?",
                    "¿está abierta la tienda de Madrid el domingo?", "gracias por el reembolso tan rápido",
                    "me cobraron dos veces el pedido 4711", "la página de inicio de sesión de la web da error 500")),
            "de", List.of(List.of(
                    "die App stürzt jedes Mal ab, wenn ich den Warenkorb öffne, seit dem Update",
                    "seit dem Update von heute stürzt die App beim Öffnen des Warenkorbs ab",
                    "@acme die App stürzt im Warenkorb nach dem Update immer wieder ab, ich kann nicht bestellen",
                    "euer Update hat den Warenkorb kaputt gemacht, die App stürzt sofort ab",
                    "der Warenkorb lässt die ganze App nach dem Update abstürzen!!! bitte beheben",
                    "nach dem letzten Update stürzt die App ab, wenn ich meinen Warenkorb öffne"), List.of(
                    "liefert ihr nach Kanada?", "ich liebe die neuen Herbstfarben",
                    "die Sendungsverfolgung meines Pakets sagt zugestellt, aber es ist nichts angekommen",
                    "kann ich die Rechnungsadresse auf meiner Rechnung ändern",
                    "ist der Laden in Berlin am Sonntag geöffnet", "danke für die schnelle Erstattung",
                    "mir wurde die Bestellung 4711 zweimal berechnet", "die Login-Seite der Website zeigt Fehler 500")),
            "fr", List.of(List.of(
                    "l'appli plante chaque fois que j'ouvre mon panier depuis la mise à jour",
                    "depuis la mise à jour d'aujourd'hui l'appli plante quand j'ouvre le panier",
                    "@acme l'appli n'arrête pas de planter sur le panier après la mise à jour, impossible de commander",
                    "votre mise à jour a cassé le panier, l'appli plante tout de suite",
                    "le panier fait planter toute l'appli après la mise à jour !!! corrigez ça svp",
                    "après la dernière mise à jour, ouvrir mon panier fait planter l'appli"), List.of(
                    "vous livrez au Canada ?", "j'adore les nouvelles couleurs d'automne",
                    "le suivi de mon colis dit livré mais rien n'est arrivé",
                    "est-ce que je peux changer l'adresse de facturation sur ma facture",
                    "est-ce que le magasin de Paris est ouvert le dimanche", "merci pour le remboursement si rapide",
                    "on m'a débité deux fois la commande 4711", "la page de connexion du site affiche une erreur 500")),
            "pt", List.of(List.of(
                    "o app fecha toda vez que abro o carrinho desde a atualização",
                    "desde a atualização de hoje o app fecha quando abro o carrinho",
                    "@acme o app continua fechando no carrinho depois da atualização, não consigo pedir",
                    "a atualização de vocês quebrou o carrinho, o app fecha na hora",
                    "o carrinho faz o app inteiro fechar depois da atualização!!! arrumem por favor",
                    "depois da última atualização abrir o meu carrinho fecha o app"), List.of(
                    "vocês entregam no Canadá?", "amei as novas cores de outono",
                    "o rastreio da minha encomenda diz entregue mas não chegou nada",
                    "posso mudar o endereço de cobrança da minha fatura",
                    "a loja de Lisboa abre no domingo?", "obrigado pelo reembolso tão rápido",
                    "me cobraram duas vezes o pedido 4711", "a página de login do site dá erro 500")));

    /**
     * With English stop words only, the Spanish and German posts below reached 0.21 to 0.38 against their incident
     * for sharing "la", "de", "el", "die" and "ich" — a hair under the 40 % default. With their language's stop words
     * they stay as far from it as English's do (0.08 at most): under a quarter of the default.
     */
    @Test
    void givenOtherLanguagesTagged_whenComparedWithTheirIncident_thenTheOutageIsAlikeAndTheRestIsNot() {
        LANGUAGES.forEach((language, sets) -> {
            // given
            Map<CharSequence, Integer> incident = incident(sets.get(0), language);

            // when / then
            for (String post : sets.get(0)) {
                assertThat(PostSimilarity.similarity(PostSimilarity.terms(post, Optional.of(language)), incident))
                        .as(language + ": " + post).isGreaterThanOrEqualTo(DEFAULT);
            }
            for (String post : sets.get(1)) {
                assertThat(PostSimilarity.similarity(PostSimilarity.terms(post, Optional.of(language)), incident))
                        .as(language + ": " + post).isLessThan(DEFAULT / 4);
            }
        });
    }

    @Test
    void givenAStoredPostWithoutANetworkTag_whenReadingItsTerms_thenItsTriageLanguageChoosesTheStopWords() {
        // given: the network sent no tag; triage found Spanish (as from an agent's or the script's reading)
        InboundPost post = new InboundPost("1", PostKind.MENTION, "la app se cierra en el carrito", Optional.empty(),
                new Author("7", "ana", "Ana", OptionalLong.of(10), Optional.empty()), Instant.EPOCH,
                Optional.empty(), Optional.empty(), Optional.empty());
        Triage spanish = new Triage(Optional.of("es"), OptionalDouble.empty(), Triage.Mood.UNSCORED,
                Triage.Intent.COMPLAINT, Triage.Tier.REGULAR, List.of());
        Interaction stored = new Interaction(1, 1, ChannelKind.fromKey("mastodon").orElseThrow(), post,
                RoutingStatus.ROUTED, Optional.of(3L), Optional.of(10L), Optional.empty(), Optional.empty(), true,
                Optional.of(spanish), io.socialdesk.intake.Placement.NONE);

        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms(stored);

        // then: "la", "se", "en", "el" are Spanish stop words; English alone would have kept "la", "se" and "el"
        assertThat(terms).containsOnlyKeys("app", "cierra", "carrito");
    }

    @Test
    void givenElidedArticles_whenReadingFrenchTerms_thenTheArticleGoesAndTheWordStays() {
        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms("l'appli n'arrête pas, j'ouvre le panier",
                Optional.of("fr-CA"));

        // then
        assertThat(terms).containsOnlyKeys("appli", "arrête", "ouvre", "panier");
    }

    private static Map<CharSequence, Integer> incident(List<String> posts, String language) {
        Map<CharSequence, Integer> total = new java.util.HashMap<>();
        posts.forEach(p -> PostSimilarity.add(total, PostSimilarity.terms(p, Optional.of(language))));
        return PostSimilarity.top(total);
    }

    private static Map<CharSequence, Integer> incident(List<String> posts) {
        Map<CharSequence, Integer> total = new java.util.HashMap<>();
        posts.forEach(p -> PostSimilarity.add(total, PostSimilarity.terms(p)));
        return PostSimilarity.top(total);
    }
}
