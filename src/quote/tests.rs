//! Each construction on sentences written for these tests: what is quoted, the cue, and
//! who speaks.

/// `kind | content | cue | speaker words -> resolved name` for each quote.
fn quotes(text: &str) -> Vec<String> {
    crate::extract(text)
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.as_ref().map_or("-".to_string(), |s| {
                format!("{} -> {}", s.excerpt.text, s.name.as_deref().unwrap_or("?"))
            });
            format!("{} | {} | {} | {}", q.kind.as_str(), q.content.text, q.cue.text, sp)
        })
        .collect()
}

#[test]
fn dash_after_with_a_named_speaker_and_a_copula_dash_inside() {
    assert_eq!(
        quotes("Жоба келесі жылы іске қосылады. Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова."),
        ["direct | Жоба келесі жылы іске қосылады. Бұл – маңызды қадам | дейді | Айгүл Омарова -> Айгүл Омарова"]
    );
}

#[test]
fn role_nouns_pronouns_and_bare_verbs_take_the_last_named_speaker() {
    let text = "Тариф өзгермейді, – деді Ерлан Сәрсенов.\n\
        – Біз дайынбыз, – деді ол.\n\
        Баға тұрақты, – деп түйіндеді министр.\n\
        Сарапшының айтуынша, жоба уақытында бітеді.\n\
        Бәрі жоспар бойынша, – деді.";
    assert_eq!(
        quotes(text),
        [
            "direct | Тариф өзгермейді | деді | Ерлан Сәрсенов -> Ерлан Сәрсенов",
            "direct | Біз дайынбыз | деді | ол -> Ерлан Сәрсенов",
            "direct | Баға тұрақты | деп түйіндеді | министр -> Ерлан Сәрсенов",
            "indirect | жоба уақытында бітеді | айтуынша | Сарапшының -> Ерлан Сәрсенов",
            "direct | Бәрі жоспар бойынша | деді | Ерлан Сәрсенов -> Ерлан Сәрсенов",
        ]
    );
}

#[test]
fn an_occupation_names_its_speaker_and_refers_back_to_them() {
    // An occupation (no title) before a name of no surname shape makes it a person, and
    // the bare occupation later takes that person.
    let text = "Бұл – тарихи жеңіс, – деді шахматшы Магнус Карлсен.\n\
        Турнир Астанада өтті.\n\
        Келесі жылы да келемін, – деді шахматшы.\n\
        Дәрігерлер: «Екпе алған жөн».";
    assert_eq!(
        quotes(text),
        [
            "direct | Бұл – тарихи жеңіс | деді | Магнус Карлсен -> Магнус Карлсен",
            "direct | Келесі жылы да келемін | деді | шахматшы -> Магнус Карлсен",
            "direct | Екпе алған жөн | : | Дәрігерлер -> ?",
        ]
    );
}

#[test]
fn guillemets_after_before_and_with_dep() {
    let text = "«Келісім екі елге де тиімді», – деді Нұрлан Әбдіров.\n\
        «Мерзім өзгермейді» деп мәлімдеді Әсел Бекқызы.\n\
        Министр: «Тариф биыл өспейді».";
    assert_eq!(
        quotes(text),
        [
            "direct | Келісім екі елге де тиімді | деді | Нұрлан Әбдіров -> Нұрлан Әбдіров",
            "direct | Мерзім өзгермейді | деп мәлімдеді | Әсел Бекқызы -> Әсел Бекқызы",
            "direct | Тариф биыл өспейді | : | Министр -> Әсел Бекқызы",
        ]
    );
}

#[test]
fn a_quote_split_around_its_reporting_clause() {
    assert_eq!(
        quotes("«Жүк тасымалы артты», – деді Марат Жақыпов. – Келесі жылы тағы өседі."),
        [
            "direct | Жүк тасымалы артты | деді | Марат Жақыпов -> Марат Жақыпов",
            "direct | Келесі жылы тағы өседі | деді | Марат Жақыпов -> Марат Жақыпов",
        ]
    );
}

#[test]
fn according_to_with_every_kind_of_possessor() {
    let text = "Айгүл Омарованың пікірінше, баға тұрақтанады.\n\
        Сарапшылардың болжауынша, сұраныс өседі.\n\
        Оның сөзінше, келісім жыл соңына дейін жасалады.";
    assert_eq!(
        quotes(text),
        [
            "indirect | баға тұрақтанады | пікірінше | Айгүл Омарованың -> Айгүл Омарова",
            "indirect | сұраныс өседі | болжауынша | Сарапшылардың -> ?",
            "indirect | келісім жыл соңына дейін жасалады | сөзінше | Оның -> Айгүл Омарова",
        ]
    );
}

#[test]
fn credit_lines_resolve_to_the_outlet() {
    let text = "Порттың жүк айналымы өсті, деп хабарлайды Tengrinews тілшісі.";
    let got = quotes(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("indirect | Порттың жүк айналымы өсті | деп хабарлайды | Tengrinews"),
        "{got:?}"
    );
}

#[test]
fn subject_first_opinions_complements_and_about_this() {
    let text = "Ерлан Сәрсенов заң жобасын қайта қарау керек деп санайды.\n\
        Министр жоба мерзімінде аяқталатынын атап өтті.\n\
        Жаңа терминал наурызда ашылады. Бұл туралы Марат Жақыпов мәлім етті.";
    assert_eq!(
        quotes(text),
        [
            "indirect | заң жобасын қайта қарау керек | деп санайды | Ерлан Сәрсенов -> Ерлан Сәрсенов",
            "indirect | жоба мерзімінде аяқталатынын | атап өтті | Министр -> Ерлан Сәрсенов",
            "indirect | Жаңа терминал наурызда ашылады | мәлім етті | Марат Жақыпов -> Марат Жақыпов",
        ]
    );
}

#[test]
fn names_inside_the_quote_are_never_the_speaker() {
    let got = quotes("Ильхам Әлиевтің сапары маңызды, – деді Айгүл Омарова.");
    assert_eq!(
        got,
        ["direct | Ильхам Әлиевтің сапары маңызды | деді | Айгүл Омарова -> Айгүл Омарова"]
    );
}

#[test]
fn dashes_and_guillemets_that_are_not_speech() {
    let text = "Астана – Қазақстанның елордасы.\n\
        Орта дәліз – бұл Еуропа мен Азияны байланыстыратын бағыт.\n\
        «Қазақстан темір жолы» ҰК АҚ жаңа вагондар алды.\n\
        Екі ел ортақ қағидатты ұстанады – егемендікті құрметтеу.\n\
        Делегациялар Бакуде бас қосты. Олар қол жеткізді.";
    assert_eq!(quotes(text), Vec::<String>::new());
}

#[test]
fn according_to_clauses_in_one_sentence_each_hold_their_own_content() {
    let text = "Айдар Құрмашевтің пікірінше, жүк тасымалы биыл артады, ал Ильхам Әлиевтің \
        айтуынша, порттың қуаты жетпейді.\n\
        Сарапшының пікірінше, баға өседі, ал министрдің айтуынша, тарифтер өзгермейді.";
    assert_eq!(
        quotes(text),
        [
            "indirect | жүк тасымалы биыл артады | пікірінше | Айдар Құрмашевтің -> Айдар Құрмашев",
            "indirect | порттың қуаты жетпейді | айтуынша | Ильхам Әлиевтің -> Ильхам Әлиев",
            "indirect | баға өседі | пікірінше | Сарапшының -> Ильхам Әлиев",
            "indirect | тарифтер өзгермейді | айтуынша | министрдің -> Ильхам Әлиев",
        ]
    );
}

#[test]
fn a_paragraph_of_many_quotes_and_no_sentence_end_keeps_each_quote_to_itself() {
    // One line, no full stop: the sentence is the whole paragraph. Each quote holds its
    // own clause, so that the output grows with the text, not with its square.
    let clauses = [
        "Сарапшының пікірінше, баға өседі, ",
        "Оның айтуынша, тариф өзгермейді, ",
        "Министр: «Жоба биыл бітеді» ",
    ];
    for clause in clauses {
        let text = clause.repeat(500);
        let quotes = crate::extract(&text).quotes;
        assert!(quotes.len() >= 500, "help: {clause}: {}", quotes.len());
        let quoted: usize = quotes.iter().map(|q| q.content.end - q.content.start).sum();
        assert!(quoted <= text.len(), "help: {clause}: {quoted} bytes quoted of {}", text.len());
    }
}

#[test]
fn a_quote_in_guillemets_whose_cue_ends_the_sentence_is_the_subjects() {
    // The subject opens the sentence before the opening guillemet; nothing follows the cue.
    assert_eq!(
        quotes("Экономист Сәуле Ахметова «несие қымбаттай береді» деп санайды."),
        ["indirect | несие қымбаттай береді | деп санайды | Сәуле Ахметова -> Сәуле Ахметова"]
    );
    // A given name that is an occupation too opens the sentence as the occupation.
    assert_eq!(
        quotes("Ғалым Бақыт Сейітов «мұздықтар тез еріп жатыр», – деп есептейді."),
        ["indirect | мұздықтар тез еріп жатыр | деп есептейді | Бақыт Сейітов -> Бақыт Сейітов"]
    );
    // A speaker after the cue is still the one named there.
    assert_eq!(
        quotes("Әзірге «жоба тоқтамайды», – деді Ержан Қасымов."),
        ["direct | жоба тоқтамайды | деді | Ержан Қасымов -> Ержан Қасымов"]
    );
    // After a colon too; and the comma after the guillemet opens no second quote.
    assert_eq!(
        quotes("Банк өкілі Алмас Ержанов: «Шығындар қысқарады», – деді."),
        ["direct | Шығындар қысқарады | деді | Алмас Ержанов -> Алмас Ержанов"]
    );
}

#[test]
fn according_to_a_possessed_noun_with_boyynsha() {
    assert_eq!(
        quotes("Ұлттық статистика бюросының мәліметі бойынша, инфляция 8 пайызға жетті."),
        ["indirect | инфляция 8 пайызға жетті | мәліметі бойынша | \
             Ұлттық статистика бюросының -> Ұлттық статистика бюросы"]
    );
    assert_eq!(
        quotes("Дәрігер Мадина Оспанованың сөзіне қарағанда, екпе қауіпсіз."),
        ["indirect | екпе қауіпсіз | сөзіне қарағанда | Мадина Оспанованың -> Мадина Оспанова"]
    );
    // Data of no one, a plan: no source, no quotation.
    assert_eq!(quotes("Соңғы мәліметтер бойынша, баға өсті."), Vec::<String>::new());
    assert_eq!(quotes("Жоспар бойынша, жол күзде жөнделеді."), Vec::<String>::new());
}

#[test]
fn a_complement_in_the_future_after_a_vowel_stem() {
    // -ятынын and -итынын: the future participle after a stem ending in a vowel.
    assert_eq!(
        quotes("Энергетика министрлігі тариф азаятынын мәлімдеді."),
        ["indirect | тариф азаятынын | мәлімдеді | \
             Энергетика министрлігі -> Энергетика министрлігі"]
    );
    assert_eq!(
        quotes("Ректор Асан Бекұлы мектеп бітірушілер тегін оқитынын айтты."),
        ["indirect | мектеп бітірушілер тегін оқитынын | айтты | Асан Бекұлы -> Асан Бекұлы"]
    );
}

#[test]
fn a_bare_according_to_word_is_the_person_of_its_paragraph() {
    // "Айтуынша" ('by his account') refers back as "оның" does: to the person introduced
    // in the same paragraph, not to the last speaker of an earlier one.
    let text = "Инфляция баяулайды, – деді Сәуле Ахметова.\n\
        Біз фермер Нұрбол Серікұлымен кездестік. Айтуынша, астық биыл мол.";
    assert_eq!(
        quotes(text),
        [
            "direct | Инфляция баяулайды | деді | Сәуле Ахметова -> Сәуле Ахметова",
            "indirect | астық биыл мол | Айтуынша | Нұрбол Серікұлымен -> Нұрбол Серікұлы",
        ]
    );
}

#[test]
fn subjects_of_a_colon_clause_a_long_title_and_an_untitled_role() {
    // The subject opening the clause before a colon speaks, not the verb before it.
    assert_eq!(
        quotes("Айбек Нұрланұлы жиында сөйледі. Ол былай деді: «Біз бәрін жасаймыз»."),
        ["direct | Біз бәрін жасаймыз | : | Ол -> Айбек Нұрланұлы"]
    );
    // A body in guillemets, its legal form and a title of four words before the name.
    assert_eq!(
        quotes(
            "«Ақжол Логистика» ЖШС бас директорының бірінші орынбасары Ернар Бекұлы жаңа \
             қойма ашылатынын айтты."
        ),
        ["indirect | жаңа қойма ашылатынын | айтты | Ернар Бекұлы -> Ернар Бекұлы"]
    );
    // A role no one was introduced with is the person of its paragraph.
    assert_eq!(
        quotes("Кеше Ерлан Сапаров Ақтауға барды. Министр: «Порт кеңейеді», – деді."),
        ["direct | Порт кеңейеді | деді | Министр -> Ерлан Сапаров"]
    );
}

#[test]
fn a_speaker_resolved_from_a_role_is_the_antecedent_of_later_pronouns() {
    // The role noun resolves to the minister; "ол" in the next paragraph takes him, not
    // the speaker named before him.
    let text = "Бағалар тұрақты, – деді Сәуле Ахметова.\n\
        Форумда Көлік министрі Марат Қарабаев сөйледі. Министрдің айтуынша, жүк өсті.\n\
        – Біз жаңа бағыттар ашамыз, – деді ол.";
    assert_eq!(
        quotes(text),
        [
            "direct | Бағалар тұрақты | деді | Сәуле Ахметова -> Сәуле Ахметова",
            "indirect | жүк өсті | айтуынша | Министрдің -> Марат Қарабаев",
            "direct | Біз жаңа бағыттар ашамыз | деді | ол -> Марат Қарабаев",
        ]
    );
}

#[test]
fn a_pronoun_with_no_speaker_before_takes_the_last_person_mentioned() {
    let text = "Конференцияға сарапшы Ерболат Сейітқали қатысты.\n\
        – Баға тұрақтанады, – деді ол.";
    assert_eq!(quotes(text), ["direct | Баға тұрақтанады | деді | ол -> Ерболат Сейітқали"]);
}

#[test]
fn an_office_derived_from_a_role_is_no_person() {
    // "әкімдігі" (the akimat) is derived from "әкім" (akim): not the last speaker.
    let text = "Бағалар тұрақты, – деді Сәуле Ахметова.\n\
        Облыс әкімдігінің мәліметінше, биыл жаңа мектеп ашылды.";
    assert_eq!(
        quotes(text),
        [
            "direct | Бағалар тұрақты | деді | Сәуле Ахметова -> Сәуле Ахметова",
            "indirect | биыл жаңа мектеп ашылды | мәліметінше | әкімдігінің -> ?",
        ]
    );
}

#[test]
fn content_keeps_a_name_in_guillemets_that_opens_it() {
    assert_eq!(
        quotes("«Атамекен» палатасы жаңа жоба бастады, деп хабарлайды Kazinform агенттігі."),
        ["indirect | «Атамекен» палатасы жаңа жоба бастады | деп хабарлайды | \
             Kazinform агенттігі -> ҚазАқпарат"]
    );
}

#[test]
fn the_word_after_the_cue_opens_the_subject() {
    let text = "Экономист Самат Оспанов жиында сөз сөйледі.\n\
        – Нарық тұрақты, – деді ол ЕАЭО саммитінде.\n\
        – Бағалар өседі, – деді ол Асхат Маратұлына жауап бере отырып.\n\
        «Табыс азаяды», – деп жазды экономист өзінің Telegram арнасында.";
    assert_eq!(
        quotes(text),
        [
            // "ол" is the speaker, not the body or the person named after it.
            "direct | Нарық тұрақты | деді | ол -> Самат Оспанов",
            "direct | Бағалар өседі | деді | ол -> Самат Оспанов",
            // A role noun is, not the platform named after it; and a credit verb with a
            // person for its subject, set off by guillemets and a dash, is direct speech.
            "direct | Табыс азаяды | деп жазды | экономист -> Самат Оспанов",
        ]
    );
}

#[test]
fn a_person_after_the_cue_in_an_oblique_case_is_no_speaker() {
    let text = "Қаржы министрі Ерлан Сапаров жиын өткізді.\n\
        – Келісім дайын, – деді министр Асқар Бекұлына.\n\
        – Біз риза емеспіз, – деді Ерлан Сапаровтың қызы Дина.";
    assert_eq!(
        quotes(text),
        [
            // The dative is whom the minister answered; the genitive owns the speaker.
            "direct | Келісім дайын | деді | министр -> Ерлан Сапаров",
            "direct | Біз риза емеспіз | деді | Дина -> Дина",
        ]
    );
}

#[test]
fn a_role_ending_a_title_names_that_office() {
    let text = "Президент Қасым-Жомарт Тоқаев Үкімет отырысын өткізді.\n\
        Отырыста Қаржы министрі Мәди Тәкиев баяндама жасады.\n\
        – Бюджет тапшылығы азаяды, – деді министр.\n\
        Мемлекет басшысының айтуынша, салық реформасы кешіктірілмеуі тиіс.";
    assert_eq!(
        quotes(text),
        [
            "direct | Бюджет тапшылығы азаяды | деді | министр -> Мәди Тәкиев",
            // The head of state is the President, not the last person with a head's role.
            "indirect | салық реформасы кешіктірілмеуі тиіс | айтуынша | Мемлекет басшысының -> Қасым-Жомарт Тоқаев",
        ]
    );
    let text = "Жиынға Денсаулық сақтау басқармасының басшысы Тимур Мұратов қатысты.\n\
        Білім басқармасының басшысы Арман Сейітов те келді.\n\
        – Орын жеткілікті, – деді Денсаулық сақтау басқармасының басшысы.";
    assert_eq!(
        quotes(text),
        ["direct | Орын жеткілікті | деді | Денсаулық сақтау басқармасының басшысы -> Тимур Мұратов"]
    );
}

#[test]
fn a_bodys_head_noun_takes_the_last_body_named_with_it() {
    let text = "Энергетика министрлігі мен «Самұрық-Энерго» компаниясы келісімге қол қойды.\n\
        «Тариф 5 пайызға өседі», – деп хабарлады министрліктің баспасөз қызметі.\n\
        «Жаңа қазандық салынады», – деп хабарлады компанияның баспасөз қызметі.\n\
        «Жол жабық», – деп хабарлады әкімдіктің баспасөз қызметі.";
    assert_eq!(
        quotes(text),
        [
            "indirect | Тариф 5 пайызға өседі | деп хабарлады | министрліктің -> Энергетика министрлігі",
            "indirect | Жаңа қазандық салынады | деп хабарлады | компанияның -> Самұрық-Энерго",
            // No akimat was named.
            "indirect | Жол жабық | деп хабарлады | әкімдіктің -> ?",
        ]
    );
}

#[test]
fn a_connective_before_the_subject_and_an_activist_for_a_role() {
    let text = "Ал экология белсендісі Мадина Жұмабаева көлді қорғау керек деп есептейді.\n\
        «Балық азайып барады», – деді белсенді.";
    assert_eq!(
        quotes(text),
        [
            "indirect | көлді қорғау керек | деп есептейді | Мадина Жұмабаева -> Мадина Жұмабаева",
            "direct | Балық азайып барады | деді | белсенді -> Мадина Жұмабаева",
        ]
    );
    assert_eq!(
        quotes("Бірақ Нұрлан Сейітов бағаны төмендету керек деп санайды."),
        ["indirect | бағаны төмендету керек | деп санайды | Нұрлан Сейітов -> Нұрлан Сейітов"]
    );
}

#[test]
fn forecasts_assessments_and_a_particle_after_the_subject() {
    let text = "Қаржыгер Айдос Серікұлы бұл шешімді дұрыс деп бағалады.\n\
        Экономист Жанар Әлиева болса, баға тағы өседі деп санады.\n\
        Ол теңге бағамы тұрақталатынын болжады.\n\
        Сарапшы Ерлан Маратов та тәуекел сақталады деп есептеді.\n\
        «Нарық тынышталады», – деді қаржыгер.";
    assert_eq!(
        quotes(text),
        [
            "indirect | бұл шешімді дұрыс | деп бағалады | Айдос Серікұлы -> Айдос Серікұлы",
            // "болса" ('as for') and "та" ('too') belong to the subject.
            "indirect | баға тағы өседі | деп санады | Жанар Әлиева -> Жанар Әлиева",
            "indirect | теңге бағамы тұрақталатынын | болжады | Ол -> Жанар Әлиева",
            "indirect | тәуекел сақталады | деп есептеді | Ерлан Маратов -> Ерлан Маратов",
            // The financier introduced first, not the last speaker.
            "direct | Нарық тынышталады | деді | қаржыгер -> Айдос Серікұлы",
        ]
    );
}

#[test]
fn a_body_speaks_through_its_legal_form_head_press_service_and_people() {
    let text = "«Жетісу су арнасы» АҚ баспасөз қызметі су тарифі өзгермейтінін хабарлады.\n\
        Көлік министрлігінің баспасөз қызметі жаңа бағыттар ашылғанын мәлімдеді.\n\
        «Ақбұлақ» басшылығы келісімшарт бұзылғанын растады.\n\
        Altyn Invest компаниясы несие мөлшерлемесі төмендейтінін жариялады.\n\
        Қала әкімдігінің ғимараты жөндеуден өткенін айтты.";
    assert_eq!(
        quotes(text),
        [
            "indirect | су тарифі өзгермейтінін | хабарлады | Жетісу су арнасы -> Жетісу су арнасы",
            "indirect | жаңа бағыттар ашылғанын | мәлімдеді | Көлік министрлігінің -> Көлік министрлігі",
            "indirect | келісімшарт бұзылғанын | растады | Ақбұлақ -> Ақбұлақ",
            "indirect | несие мөлшерлемесі төмендейтінін | жариялады | Altyn Invest -> Altyn Invest",
            // A genitive before what is no press service nor people is no subject.
        ]
    );
}

#[test]
fn a_bare_company_is_the_last_company_named() {
    let text = "«Оңтүстік жарық» ЖШС жаңа подстанция салды.\n\
        Компанияның мәліметінше, жұмыс келесі айда аяқталады.";
    assert_eq!(
        quotes(text),
        ["indirect | жұмыс келесі айда аяқталады | мәліметінше | Компанияның -> Оңтүстік жарық"]
    );
}

#[test]
fn a_pronoun_after_a_sentence_opened_by_a_person_is_that_person() {
    let text = "«Жоспар орындалды», – деді әкім Серік Жұманов.\n\
        Чемпион атанған Дана Әлиева жеңісін анасына арнады.\n\
        «Бұл – бәріміздің жеңісіміз», – деп жазды ол парақшасында.";
    assert_eq!(
        quotes(text),
        [
            "direct | Жоспар орындалды | деді | Серік Жұманов -> Серік Жұманов",
            "direct | Бұл – бәріміздің жеңісіміз | деп жазды | ол -> Дана Әлиева",
        ]
    );
    // A person who is the object of the sentence before is not who speaks next.
    let text = "«Жоспар орындалды», – деді әкім Серік Жұманов.\n\
        Әкімдік Арман Сейітовті марапаттады.\n\
        «Ол бәрімізге үлгі», – деді ол.";
    assert_eq!(quotes(text)[1], "direct | Ол бәрімізге үлгі | деді | ол -> Серік Жұманов");
}
