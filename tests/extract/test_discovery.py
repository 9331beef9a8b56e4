"""Topic discovery: the concept a figure is about, from words in its sentence, in each language."""

from __future__ import annotations

import pytest
from drafted import topic_quotes

from factcheck.extract.pipeline.draft import ArticleMeta, build_draft
from factcheck.models.case import CaseSpec


def _topics(text: str, lang: str) -> dict[str, list[str]]:
    return topic_quotes(text, lang, published="2025-06-02")


@pytest.mark.parametrize(
    ("lang", "text", "deaths", "injured"),
    [
        ("en", "The bridge collapse killed 12 people and left 40 injured on Sunday.", "12", "40"),
        ("fr", "L'effondrement du pont a fait 12 morts et 40 blessés dimanche.", "12", "40"),
        ("es", "El derrumbe del puente dejó 12 muertos y 40 heridos el domingo.", "12", "40"),
        ("it", "Il crollo del ponte ha causato 12 morti e 40 feriti domenica.", "12", "40"),
        ("de", "Beim Einsturz der Brücke gab es 12 Tote und 40 Verletzte.", "12", "40"),
        ("tr", "Köprünün çökmesinde 12 kişi öldü, 40 kişi yaralandı.", "12", "40"),
        ("nb", "Brokollapsen krevde 12 døde og 40 skadde søndag.", "12", "40"),
        ("pt", "A queda da ponte deixou 12 mortos e 40 feridos no domingo.", "12", "40"),
        ("pt", "O desabamento da ponte fez 12 vítimas mortais e 40 feridos.", "12", "40"),
        ("nl", "Bij de instorting van de brug vielen 12 doden en 40 gewonden.", "12", "40"),
    ],
)
def test_tolls_find_their_concept_in_every_language(
    lang: str, text: str, deaths: str, injured: str
) -> None:
    topics = _topics(text, lang)
    assert any(deaths in q for q in topics.get("deaths", [])), topics
    assert any(injured in q for q in topics.get("injured", [])), topics


def test_concept_words_may_stand_before_the_figure() -> None:
    topics = _topics("The town has a population of 80,000 and lost 3 of its bridges.", "en")
    assert any("80,000" in q for q in topics.get("population", [])), topics


def test_a_label_line_gives_its_figure_a_concept() -> None:
    topics = _topics("Storm report\nInjured: 12\nMissing: 4\n", "en")
    assert topics.get("injured") == ["12"] and topics.get("missing") == ["4"], topics


def test_figures_inside_codes_are_not_figures() -> None:
    topics = _topics("The A320-200 carried 150 passengers on flight LH400.", "en")
    quotes = [q for qs in topics.values() for q in qs]
    assert all(q not in ("320", "200", "400") for q in quotes), topics
    assert any("150" in q for q in topics.get("passengers", [])), topics


def test_a_page_time_stamp_is_no_figure() -> None:
    topics = _topics("Updated 12 June 2025\nThe fire destroyed 14 homes on 10 June 2025.", "en")
    dates = [q for t, qs in topics.items() if t.startswith("event_date") for q in qs]
    assert dates == ["10 June 2025"], topics


def test_the_draft_proposes_the_topics_it_found() -> None:
    meta = ArticleMeta("a", "t", "outlet", "en", None, "a.txt")
    draft = build_draft("The fire killed 4 people.", meta, CaseSpec(title="t"))
    topic = draft.topics["deaths"]
    assert topic.kind == "count" and topic.evolving and "killed" in topic.words
    assert "published" not in draft.source and "no publication date" in draft.source["note"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The gang stole 9 jewels; 8 jewels are still missing and 1 was dropped."),
        ("fr", "Les voleurs ont dérobé 9 bijoux ; 8 bijoux restent introuvables."),
        ("de", "Die Bande hat 9 Schmuckstücke gestohlen; 8 Schmuckstücke bleiben vermisst."),
    ],
)
def test_what_happened_to_counted_things_tells_topics_apart(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert any("9" in q for q in topics.get("items.taken", [])), topics
    assert any("8" in q for q in topics.get("items.missing", [])), topics


def test_a_text_of_thousands_of_figures_is_drafted_up_to_the_limit() -> None:
    from factcheck.limits import MAX_DRAFT_CLAIMS

    text = "The storm killed 3 people in the valley. " * (MAX_DRAFT_CLAIMS + 10)
    meta = ArticleMeta("a", "t", "outlet", "en", "2025-06-02", "a.txt")
    draft = build_draft(text, meta, CaseSpec(title="t"))
    assert len(draft.source["claims"]) == MAX_DRAFT_CLAIMS
    assert "10 more figures were not drafted" in draft.source["note"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Os assaltantes levaram oito joias do museu. Duas joias foram recuperadas depois."),
        ("nl", "Dieven hebben acht schilderijen gestolen. Twee schilderijen zijn teruggevonden."),
    ],
)
def test_what_happened_to_counted_things_splits_their_topic(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert len(topics.get("items.taken", [])) == 1, topics
    assert len(topics.get("items.recovered", [])) == 1, topics


def test_a_text_denser_than_a_draft_can_hold_is_read_only_as_far_as_needed(monkeypatch) -> None:
    from factcheck.extract.pipeline import draft as drafting
    from factcheck.extract.recognizers.windows import WINDOW

    monkeypatch.setattr(drafting, "MAX_VALUES_READ", 50)
    line = "The storm killed 3 people in the valley.\n"
    text = line * (3 * WINDOW // len(line))
    meta = ArticleMeta("a", "t", "outlet", "en", "2025-06-02", "a.txt")
    draft = build_draft(text, meta, CaseSpec(title="t"))
    claims = draft.source["claims"]
    assert 50 <= len(claims) < len(text) // len(line)
    assert max(c["offsets"][1] for c in claims) <= WINDOW
    assert (
        "only the first" in draft.source["note"] and "characters were read" in draft.source["note"]
    )


def test_a_run_of_digits_longer_than_a_claim_file_takes_is_no_figure() -> None:
    from factcheck.limits import MAX_NUMBER_DIGITS

    text = f"The storm killed {'7' * (MAX_NUMBER_DIGITS + 1)} people and 4 cows in the valley."
    meta = ArticleMeta("a", "t", "outlet", "en", "2025-06-02", "a.txt")
    draft = build_draft(text, meta, CaseSpec(title="t"))
    figures = [c["value"].get("count") for c in draft.source["claims"]]
    assert figures == [4]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Officials said the nation of 12 million had never seen such floods.", "12 million"),
        ("fr", "Ce pays de 12 millions d'habitants n'a jamais vu pareille crue.", "12 millions"),
        ("pt", "Nunca o país de 12 milhões de habitantes viu cheias assim.", "12 milhões"),
    ],
)
def test_a_country_of_so_many_is_its_population(lang: str, text: str, figure: str) -> None:
    topics = _topics(text, lang)
    assert any(figure in q for q in topics.get("population", [])), topics


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("fr", "Sur les douze tableaux volés, dix restent introuvables.", "dix"),
        ("es", "De los doce cuadros robados, diez siguen sin aparecer.", "diez"),
    ],
)
def test_a_figure_that_leaves_its_noun_out_counts_the_noun_before_it(
    lang: str, text: str, figure: str
) -> None:
    topics = _topics(text, lang)
    assert any(q == figure for t, qs in topics.items() if t.startswith("items") for q in qs), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The houses flooded by the river in the lower town are 1,240."),
        ("it", "Le abitazioni allagate dal fiume nella parte bassa della città sono 1.240."),
        ("fr", "Les maisons inondées par la rivière dans la ville basse sont 1 240."),
        ("es", "Las viviendas inundadas por el río en la parte baja del pueblo son 1.240."),
        ("de", "Die vom Fluss überfluteten Wohnungen in der Unterstadt sind 1.240."),
    ],
)
def test_a_figure_after_a_copula_counts_its_clause_subject(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert any("240" in q for q in topics.get("homes", [])), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The flood has left 230 dead so far, but officials fear it could pass 1,000."),
        ("it", "L'alluvione ha causato 230 morti finora, ma si teme di superare i 1.000."),
        ("it", "L'alluvione ha causato 230 morti finora, ma si teme di superare i 1mila."),
    ],
)
def test_a_bare_count_takes_the_noun_of_the_count_before_it(lang: str, text: str) -> None:
    # told as what may come, the second is a projection of the toll, not the toll
    topics = _topics(text, lang)
    assert sorted(topics) == ["deaths", "deaths.projected"], topics


@pytest.mark.parametrize(
    ("lang", "text", "figure", "noun"),
    [
        ("en", "The robbers had smashed two display cabinets.", "two", "count.display"),
        ("de", "Die Einbrecher hatten es auf zwei Tresore abgesehen.", "zwei", "count.tresore"),
        ("fr", "Les cambrioleurs ont visé deux coffres.", "deux", "count.coffres"),
        ("es", "Los ladrones rompieron dos vitrinas.", "dos", "count.vitrinas"),
        ("nl", "De dieven sloegen twee vitrines kapot.", "twee", "count.vitrines"),
    ],
)
def test_a_count_of_its_own_noun_is_not_the_noun_before_it(
    lang: str, text: str, figure: str, noun: str
) -> None:
    topics = _topics(text, lang)
    assert figure in topics.get(noun, []) and "suspects" not in topics, topics


@pytest.mark.parametrize(
    ("lang", "text", "figure", "concept"),
    [
        ("en", "The toll rose to 150 people on Monday.", "150", "deaths"),
        ("en", "The flood killed 12 villagers.", "12", "deaths"),
        ("fr", "Le bilan s'élève à 150 personnes.", "150", "deaths"),
        ("de", "Die Zahl der Toten stieg auf 150 Menschen.", "150", "deaths"),
    ],
)
def test_a_generic_or_governed_noun_keeps_the_concept_before_it(
    lang: str, text: str, figure: str, concept: str
) -> None:
    topics = _topics(text, lang)
    assert any(figure in q for q in topics.get(concept, [])), topics


def test_men_are_counted_as_men_not_as_suspects() -> None:
    # men of no named sort: a topic of their own, not checked until an editor names them
    topics = _topics("Le matin, deux hommes sont arrivés en camion.", "fr")
    assert "suspects" not in topics and topics.get("unnamed.count.hommes") == ["deux"], topics


@pytest.mark.parametrize(
    ("lang", "text", "told", "stamp"),
    [
        (
            "ko",
            "정부는 이날 오후 3시 15분쯤 전국 전력망이 갑자기 멈췄다고 밝혔다. "
            "기사는 22:40에 송고됐다.",
            "3시 15분",
            "22:40",
        ),
        (
            "ja",
            "政府によると、この日の午前9時15分ごろ全国の送電網が突然止まったという。"
            "記事は22:40に配信された。",
            "9時15分",
            "22:40",
        ),
        (
            "zh",
            "政府表示，当天上午9点15分全国电网突然瘫痪。该报道于22:40发布。",
            "9点15分",
            "22:40",
        ),
    ],
)
def test_a_time_told_with_the_hour_word_is_a_time_of_the_event(
    lang: str, text: str, told: str, stamp: str
) -> None:
    topics = _topics(text, lang)
    assert any(told in q for q in topics.get("event_time", [])), topics
    assert not any(stamp in q for q in topics.get("event_time", [])), topics


@pytest.mark.parametrize(
    ("text", "figure", "concept"),
    [
        ("홍수로 인한 사망자가 모두 42명으로 늘었다고 당국이 밝혔다.", "42", "deaths"),
        ("무장 괴한이 3명 은행에 침입했다고 경찰이 전했다.", "3", "suspects"),
        ("화재는 오후 2시 10분쯤 발생했다고 소방당국이 밝혔다.", "2시 10분", "event_time"),
    ],
)
def test_a_korean_concept_word_carries_its_particle_or_ending(
    text: str, figure: str, concept: str
) -> None:
    topics = _topics(text, "ko")
    assert any(figure in q for q in topics.get(concept, [])), topics


@pytest.mark.parametrize(
    ("lang", "text", "figure", "concept"),
    [
        ("ko", "시내에 있는 45층 높이의 호텔이 흔들렸다고 주민들이 전했다.", "45", "floors"),
        ("ja", "市内にある45階建てのホテルが揺れたと住民が話した。", "45", "floors"),
    ],
)
def test_a_counter_glued_to_a_count_names_its_concept(
    lang: str, text: str, figure: str, concept: str
) -> None:
    topics = _topics(text, lang)
    assert any(figure in q for q in topics.get(concept, [])), topics


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Floods hit five regions, where some 3,000 people were counted on Monday.", "3,000"),
        ("ko", "홍수가 다섯 지역을 덮쳐 수천 명이 피해를 보았다고 당국이 밝혔다.", "수천"),
    ],
)
def test_a_count_of_people_takes_no_concept_of_things(lang: str, text: str, figure: str) -> None:
    topics = _topics(text, lang)
    held = [t for t, qs in topics.items() if any(figure in q for q in qs)]
    assert held and not any(t.startswith("regions") for t in held), topics


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "Three of the suspects had criminal records, police said.", "Three"),
        ("fr", "Trois des suspects avaient un casier judiciaire.", "Trois"),
        ("es", "Tres de los sospechosos tenían antecedentes penales.", "Tres"),
        ("de", "Drei der Verdächtigen waren vorbestraft.", "Drei"),
        ("it", "Tre dei sospettati avevano precedenti penali.", "Tre"),
        ("pt", "Três dos suspeitos tinham antecedentes criminais.", "Três"),
        ("nl", "Drie van de verdachten hadden een strafblad.", "Drie"),
    ],
)
def test_a_count_of_some_of_the_things_is_no_count_of_them(lang: str, text: str, part: str) -> None:
    topics = _topics(text, lang)
    assert not any(part in q for q in topics.get("suspects", [])), topics


def test_a_part_keeps_the_concept_a_verb_gives_it() -> None:
    topics = _topics("Three of the suspects were arrested on Monday.", "en")
    assert topics.get("arrested") == ["Three"], topics


@pytest.mark.parametrize(
    ("lang", "text", "era"),
    [
        ("en", "The stolen crown dates from the 19th century.", "19th century"),
        ("ko", "도난당한 왕관은 19세기 작품이다.", "19세기"),
    ],
)
def test_a_century_is_an_era_never_the_day_of_the_event(lang: str, text: str, era: str) -> None:
    topics = _topics(text, lang)
    assert not any(era in q for t, qs in topics.items() if t.startswith("event_date") for q in qs)
    assert any(era in q for t, qs in topics.items() if t.endswith("era") for q in qs), topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("A 30-storey tower collapsed in the capital.", "floors"),
        ("A 12-member panel will review the case.", "members"),
        ("The 20-floor hotel was evacuated.", "floors"),
    ],
)
def test_a_count_joined_to_its_noun_by_a_hyphen_is_a_count(text: str, topic: str) -> None:
    assert list(_topics(text, "en")) == [topic]


@pytest.mark.parametrize(
    "text", ["The A320-200 landed safely.", "Flight LH-400 was cancelled.", "The F-16s flew over."]
)
def test_a_code_with_a_hyphen_stays_no_figure(text: str) -> None:
    assert _topics(text, "en") == {}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Shaking was felt in neighbouring countries too, and the final number is likely "
            "to be at least 10,000.",
        ),
        (
            "fr",
            "Les secousses ont été ressenties dans les pays voisins et le chiffre final "
            "pourrait dépasser 10 000.",
        ),
        (
            "es",
            "El temblor se sintió en los países vecinos y la cifra final podría superar los "
            "10.000.",
        ),
    ],
)
def test_a_count_beyond_what_a_concept_can_count_is_not_of_it(lang: str, text: str) -> None:
    topics = _topics(text, lang)
    assert not any(topic.startswith("countries") for topic in topics), topics
