"""The crisis safety net: direct, indirect and passive crisis language is always caught,
ordinary ketamine questions (even ones full of trigger-ish words) are not."""
import re
import time

import pytest

from bot.safety import CATEGORY_KINDS, PATTERNS_BY_LANGUAGE, crisis_category, crisis_kind, mentions_crisis
from bot.safety_patterns_en import (
    OVERDOSE_PATTERNS,
    PASSIVE_IDEATION_PATTERNS,
    SELF_HARM_INTENT_PATTERNS,
    THIRD_PERSON_DANGER_PATTERNS,
)

# The original explicit cases: these must keep working.
EXPLICIT_MESSAGES = [
    "I want to kill myself",
    "i've been thinking about suicide a lot lately",
    "Does ketamine help if you're suicidal?",
    "honestly i just want to die",
    "I've been cutting myself again",
    "thinking about ending it all tonight",
    "everyone would be better off without me",
    "I don\u2019t want to be alive anymore",
    "planning to overdose on my meds",
    "kms",
    "i might unalive myself",
    "SELF-HARM has been getting worse",
    "there's no reason to live",
    "I want to take my own life",
    "I keep hurting myself when the PTSD flashbacks come",
    "wish i was dead",
]

# Indirect, passive and third-person crisis language (non-overdose).
INDIRECT_CRISIS_MESSAGES = [
    "there's no way out for me",
    "i wrote letters to my kids in case something happens to me tonight",
    "i want to take all my meds at once",
    "i bought a gun last week and i keep looking at it",
    "i don't see a future for myself",
    "i don't think i'll be around much longer",
    "thinking of offing myself",
    "i wish i could just not exist",
    "i feel hopeless and trapped and want out",
    "what's the most painless way to go",
    # not safe
    "i'm not safe right now",
    "im not safe",
    "I am not safe tonight",
    "not safe right now",
    "i don't feel safe with myself",
    "I dont feel safe alone tonight",
    "i'm feeling really unsafe right now",
    "I don't trust myself around my pills right now",
    "i don't trust myself anymore",
    "I'm in crisis",
    # can't go on / can't take it
    "I can't go on",
    "can't go on like this",
    "cant go on",
    "i cant go on anymore",
    "I can't keep going like this",
    "I can't live like this anymore",
    "cant take it anymore",
    "I can't take this anymore.",
    "i cant do this anymore",
    "I can\u2019t cope anymore",
    "I can't go on without her, she died in march",
    # no point / pointless
    "no point in living",
    "there's no point anymore",
    "theres no point anymore, nothing helps",
    "what's the point of living",
    "whats the point anymore",
    "life is pointless",
    "my life is meaningless",
    "life's not worth living",
    "life isn't worth it",
    "everything feels pointless",
    "nothing to live for",
    "I have nothing left to live for",
    "I've lost the will to live",
    "nothing matters anymore",
    "i've given up on life",
    # better off without me
    "they'd be better off if I was gone",
    "my family would be better off if I wasn't here",
    "the world would be better without me",
    "nobody would miss me",
    "no one would care if I died",
    "no one would even notice if i disappeared",
    "I'm just a burden to everyone",
    # disappear / not exist
    "I want to disappear",
    "want to disappear forever",
    "i just want to vanish",
    "I don't want to exist",
    "dont wanna exist anymore",
    "dont wanna be here",
    "I don't want to be here anymore",
    "i wish i could stop existing",
    "I wish I had never been born",
    "I want to go to sleep and never wake up",
    "i hope i don't wake up tomorrow",
    "tired of being alive",
    "i'm so tired of living",
    "sick of existing",
    "i'm done with life",
    "I'd rather be dead",
    "I don't deserve to live",
    "I don't care if I live or die",
    # intent, plan, goodbyes
    "I want to hurt myself",
    "thinking of hurting myself",
    "i'm going to end things",
    "I'm going to end it tonight",
    "i think i'm just going to end it.",
    "I have a plan",
    "I've made a plan and I have the pills",
    "i have a plan to end it this weekend",
    "I won't be here tomorrow",
    "i won't be around much longer",
    "saying goodbye to everyone",
    "I've been giving my stuff away",
    "this is my last message",
    "wrote goodbye letters to my kids",
    "I've been stockpiling my meds",
    "how many pills would it take to kill me",
    "i bought a rope and tied a noose",
    "thinking about jumping off the bridge by my house",
    "I keep thinking about walking into traffic",
    "my gun is loaded",
    "I might do something to myself",
    "sewer slide",
    "feeling sucidal",
    # third person in danger
    "my son says he wants to end it",
    "my husband has a gun and says he's done",
    "my wife said she doesn't want to live anymore",
    "my daughter has been cutting herself",
    "my friend is talking about killing himself",
    "my brother said goodbye to everyone and isn't answering",
    "my mom keeps saying everyone would be better off without her",
    "my dad says he won't be here much longer",
    "my partner wants to die",
    "my roommate has a plan to end her life",
    "my friend locked herself in the bathroom and said she's done",
    "my boyfriend is threatening to jump",
    "my sister is in danger, she is talking about ending her life",
    # Added with the second round of patterns (no reason to stay, no way out, a decided plan,
    # alone with a weapon, a goodbye text, disappearing for good, not being alive to see it).
    "my sister says there's no reason for her to keep going",
    "i honestly cant see any way out of this",
    "i feel like a burdon to everyone in my family",
    "sometimes i just wanna vanish for good",
    "nobody would even notice if i stopped showing up to life",
    "i won't be alive by the time the insurance decides",
    "i've made up my mind how i'm going to do it",
    "my husband is sitting in the truck with his rifle and won't talk to me",
    "my best friend texted me goodbye an hour ago",
]

# Overdose and poisoning language: crisis_kind must say "overdose".
OVERDOSE_MESSAGES = [
    "I took a whole bottle of pills",
    "swallowed all my pills",
    "I just took way too many of my meds",
    "overdosed",
    "I think I overdosed",
    "my friend took a bunch of pills and won't wake up",
    "I took too many pills",
    "i took too much ketamine and cant feel my body",
    "took like 30 of my sleeping pills",
    "I swallowed a handful of xanax",
    "I took all of my lozenges at once",
    "my son overdosed",
    "i'm overdosing",
    "I think my roommate is overdosing",
    "i od'd on my meds",
    "I'm going to overdose",
    "I stockpiled my meds to overdose",
    "I drank bleach",
    "I poisoned myself",
    "i popped a whole pack of tylenol",
    "my girlfriend is unresponsive after taking her pills",
    "I can't wake him up, he took something",
    "what if I took too much ketamine at home?",  # decided: fire, Poison Control helps either way
    "i took all my klonopin with vodka on purpose",
]

CRISIS_MESSAGES = EXPLICIT_MESSAGES + INDIRECT_CRISIS_MESSAGES + OVERDOSE_MESSAGES

# Ordinary questions a visitor of a ketamine FAQ sends, many with trigger-ish words.
# Questions about suicidality *research* are deliberately absent (they may fire: crisis
# resources first, then the answer, is acceptable), as are the ambiguous ones listed below.
ORDINARY_MESSAGES = [
    "can i take all my meds at once on the morning of the infusion",
    "i'm going to take all my meds to the first appointment so they can see them",
    "i'm going to take all the pills my psychiatrist prescribed, is that ok with ketamine",
    "is there no way out of the contract with the clinic",
    "i don't see a future for ketamine clinics without insurance",
    "what's the best way to go about finding a clinic",
    "is there a painless way to get the iv in",
    "the easiest way to go to the clinic by bus",
    "How much does ketamine cost?",
    "this anxiety is killing me, does ketamine help?",
    "What are the side effects of Spravato?",
    "can I drive home after an infusion",
    "Is ketamine addictive?",
    "I'm dying to know whether insurance covers it",
    "what happens if someone takes too much ketamine",
    "is the dissociation itself harmful?",
    "",
    "   ",
    # safety / risk questions
    "what are the risks",
    "side effects",
    "is it safe",
    "is it safe for me",
    "is ketamine safe for people with heart problems",
    "is it safe to take at home",
    "not safe to drive after?",
    "is it not safe to drive after an infusion?",
    "I heard it's not safe to drive for 24 hours, is that true",
    "is at-home ketamine safe?",
    "I don't feel safe doing ketamine at home without a doctor",
    "I'm worried it's not safe with my blood pressure",
    "is spravato safe while breastfeeding",
    "is it safe with lexapro",
    "how safe is IV ketamine compared to the nasal spray",
    "is it dangerous",
    "any downsides to ketamine treatment",
    "can ketamine overdose happen in a clinic",
    "what is the overdose risk of ketamine",
    "is an accidental overdose possible at a clinic",
    "can you overdose on spravato?",
    "has anyone ever overdosed on ketamine at a clinic?",
    "how many people have overdosed on esketamine",
    "I'm worried about overdosing by accident at home",
    "I don't want to overdose by accident, how is the dose decided?",
    "am I going to overdose if I take two troches?",
    "what happens if you take too much?",
    "can you die from ketamine",
    "I don't want to die from a bad reaction, how safe is it really?",
    "can ketamine slow down your breathing",
    "can ketamine cause brain damage",
    "does ketamine damage your bladder",
    "is ketamine toxic to the liver",
    "is ketamine harmful long term",
    "can it mess up your kidneys",
    "does ketamine raise blood pressure",
    "what if I have a bad trip",
    "will I feel like I'm dying during the trip",
    "what if I freak out mid-infusion",
    "can the dissociation hurt you",
    "will I lose touch with reality",
    "does ketamine cause nightmares",
    # duration / onset / process
    "how long does it last",
    "how long does the effect last",
    "how fast does ketamine work",
    "will the depression come back",
    "does it wear off",
    "how long until I can leave after the spravato dose",
    "end of the session",
    "what happens at the end of the session",
    "can I end the session early if I panic?",
    "can I end it early if it gets too intense",
    "what if I panic, can I just end it",
    "if the trip is too much can they just end it",
    "what happens after the session ends",
    "can I go on working",
    "can I go on vacation between infusions",
    "I can't go to the clinic on Monday",
    "I can't go on Monday, can I reschedule?",
    "I can't go on tuesdays because of work",
    "can I go on with my normal routine after",
    "do I have to go on antidepressants too",
    "I don't want to go on SSRIs again, is ketamine an option",
    "I can't keep going to the clinic twice a week, is there a home option",
    "I want to disappear into a nap after",
    "is it normal to want to disappear for a few hours after a session",
    "I don't want to be here all day, how long is the monitoring",
    "I don't want to wake up groggy after, will I be tired?",
    "can I fall asleep during the infusion",
    "what if I fall asleep and never wake up during the infusion?",
    "I won't be around next week for my booster, can I reschedule",
    "this is my last infusion of the series, what happens next",
    "this is my last day of treatment, any tips",
    "how should I prepare for my first infusion",
    "do I need someone to drive me home",
    "can I bring my own music",
    "do I lie down during the infusion",
    "how many sessions will I need",
    "can I eat before my appointment",
    "can I take an uber home after my infusion",
    "can I use the spray on myself at home?",
    "do I spray the spravato myself",
    "where should I keep my troches at home, I have kids",
    # pain / hurt / kill
    "kill the pain",
    "does ketamine kill the pain from CRPS",
    "does ketamine kill brain cells",
    "hurt my back",
    "it hurts",
    "does the IV hurt",
    "will the needle hurt",
    "my wife says she's hurting all the time from fibromyalgia, would ketamine help?",
    "I hurt my knee, can I still come in",
    "my migraines are killing me, can ketamine help",
    # grief, depression, hopelessness (symptoms, not a crisis)
    "my dog died last year and I have grief, does ketamine help grief",
    "my mom died in january, can ketamine help with grief",
    "I've felt hopeless for years, can ketamine help with that?",
    "I've been so depressed I can barely get out of bed, would ketamine help?",
    "I'm so tired of being depressed, does ketamine work fast",
    "I'm tired of living with depression, what are my options",
    "I'm sick of trying new antidepressants",
    "I'm done with SSRIs, what else is there",
    "my husband says he's done with therapy, can ketamine help him",
    "my daughter says she's done trying meds, could ketamine work for her",
    "does ketamine help anhedonia",
    "does ketamine help PTSD nightmares",
    "would ketamine help my OCD",
    # pills / meds / took
    "I took my pills this morning, can I still have the infusion",
    "took my antidepressant today",
    "I took all my usual meds this morning, is that ok?",
    "should I take all my meds as usual the morning of my infusion?",
    "I take a bunch of pills every day for blood pressure, can I get ketamine",
    "I'm taking a lot of meds right now, is ketamine ok?",
    "I took a bunch of different antidepressants over the years and none worked",
    "I've taken a lot of antidepressants and nothing helped",
    "I took my usual dose of xanax before, is that ok",
    "I accidentally swallowed some of the nasal spray, is that bad?",
    "I took 50 mg of ketamine last time, is that a normal dose?",
    "the infusion took too much time, can it be shorter",
    "I took too much time off work for infusions, can I do evenings",
    "it took too many sessions before I felt anything",
    "I ate too much before my infusion and felt sick",
    "I drank a whole bottle of water before, is that ok",
    "I finished my whole prescription of troches, how do I get a refill",
    "I'm saving up for my infusions, is there a payment plan",
    "can I keep taking my prozac and still do ketamine",
    "I'm on lithium, can I get ketamine",
    "do I need to stop my benzos before treatment",
    # cost / plan / insurance
    "pointless to pay that much?",
    "is it pointless to try if SSRIs failed?",
    "is there no point in trying ketamine if ECT didn't work?",
    "is it all pointless if I relapse after 3 weeks?",
    "I have a plan through my employer, does it cover spravato?",
    "I have a plan, does it cover spravato?",
    "I have a plan with aetna",
    "I have a payment plan with the clinic",
    "I have a plan to start spravato next month",
    "I made a plan with my therapist to try KAP",
    "do you have a plan for the first week",
    "what's the treatment plan usually",
    "how much is a single infusion",
    "does insurance pay for spravato",
    "are there payment plans",
    "why is ketamine so expensive",
    "I can't afford this, what are my options",
    "my doctor says I can't take it anymore because I'm pregnant",
    "I can't take it anymore since my insurance dropped it, any cheaper options?",
    # disappear / goodbye / done with ordinary meaning
    "will my depression disappear forever?",
    "do the symptoms disappear for good after the series",
    "goodbye",
    "ok bye, thanks for the help",
    "thanks, that's all I needed",
    "I'm done, thank you",
    "I'm done with my questions",
    "can I end things with my current psychiatrist and switch to a ketamine clinic?",
    "at the end things got a bit blurry, is that normal",
    "starting ketamine feels like jumping off a cliff, is that normal nerves",
    # eligibility / legality / what is
    "what is ketamine",
    "is ketamine a horse tranquilizer",
    "how does ketamine work",
    "what does ketamine do in the brain",
    "does ketamine work for depression",
    "is ketamine FDA approved",
    "is it legal",
    "can I get ketamine through telehealth",
    "am I a candidate for ketamine",
    "can I get ketamine if I'm pregnant",
    "I have high blood pressure, am I eligible",
    "I'm a veteran with PTSD, does the VA cover spravato?",
    "I'm a vet with ptsd and I own a gun, can I still get ketamine?",
    "I'm 72, am I too old for ketamine",
    "my 16 year old has severe depression, can she get ketamine",
    "my husband has PTSD from the military, would ketamine actually do anything for him",
    "I used to use ketamine recreationally, can I still get treatment",
    "what questions should I ask a ketamine clinic",
    "find a ketamine clinic near me",
    "recommend a ketamine doctor in Phoenix",
    "is the effect permanent",
    "what is the relapse rate after ketamine",
    "hi",
    "hello there",
    "thank you",
    "are you a real person?",
    "what's the point of the integration session",
    "what's the point of boosters if it wears off",
    "no point paying for boosters if it wears off?",
    "is it worth it",
    "will it make me dumber",
    "brain fog after infusions",
    # more near-misses
    "I've been cutting back on my antidepressants",
    "I'm ready to jump in and try ketamine",
    "goodbye everyone, thanks",
    "I'm holding my pills until after the infusion?",
    "i have my meds ready for the morning",
    "nobody will miss me at work if I take the afternoon off?",
    "my mom says she's done, is that normal after 6 infusions",
    "taking my life in a new direction with ketamine",
    "i want to take my life back from depression",
    "ketamine gave me my life back",
    "this treatment saved my life",
    "tired of waking up at 3am, does ketamine help insomnia",
    "I'm scared I'll hurt myself by falling when I'm dizzy",
    "I won't be here tomorrow for the appointment",
    "i am not safe to be left alone after ketamine?",
    "I have a plan B if ketamine doesn't work",
    "I have a plan for after the infusion, my sister is picking me up",
    "my friend overdosed on fentanyl last year, can ketamine help my grief",
    "my brother died of an overdose, can ketamine help with grief",
    "is it normal to be unresponsive during a k-hole",
    "will I be unresponsive",
    "ego death during ketamine, is that normal",
    "I don't trust myself to dose at home",
    "I'm dying to try it",
    "I'm going to jump at the chance",
    "I want to be with my family during the infusion",
]

# Deliberately in neither list (documented, not asserted): wording that honestly reads
# both ways. Whatever they do today is acceptable.
AMBIGUOUS_MESSAGES = [
    "does ketamine help suicidal thoughts",            # research question; may fire by design
    "what does the research say about ketamine and suicide",
    "what's the lethal dose of ketamine",              # means-seeking or curiosity
    "how much ketamine does it take to overdose",
    "what if I take too much at home?",
    "I took a double dose by mistake, what should I do?",
    "I took two troches by accident",
    "I hurt myself at the gym, can I still get an infusion?",
    "I don't want to live with depression forever",
    "I can't do this anymore, the nausea is awful",
    "my doctor said I can't take it anymore",
    "I won't be here tomorrow, can I move my infusion?",
    "I feel like I'm dying",
    "I'd rather die than go back on SSRIs",
    "I feel like a burden asking my wife to drive me every week",
    "I took all my pills today",
    "I don't feel safe",
    "I have a plan. What does the first week look like?",
    "I think about death a lot since my diagnosis, is that a reason to try ketamine?",
    "I feel like a burden on my family financially, are there payment plans",
    "my husband is unresponsive during the infusion, is that normal?",
    "end my suffering with ketamine?",
    "I'm tired of life with chronic pain",
    "I'm at the end of my rope with SSRIs",
    "I want to give up",
    "I bought a gun",
]


@pytest.mark.parametrize("message", CRISIS_MESSAGES)
def test_crisis_language_is_caught(message: str) -> None:
    assert mentions_crisis(message), message


@pytest.mark.parametrize("message", ORDINARY_MESSAGES)
def test_ordinary_questions_are_not_flagged(message: str) -> None:
    assert not mentions_crisis(message), (message, crisis_category(message))


@pytest.mark.parametrize("message", OVERDOSE_MESSAGES)
def test_overdose_language_is_reported_as_overdose(message: str) -> None:
    assert crisis_kind(message) == "overdose", (message, crisis_category(message))


@pytest.mark.parametrize("message", EXPLICIT_MESSAGES + INDIRECT_CRISIS_MESSAGES)
def test_other_crisis_language_is_reported_as_crisis(message: str) -> None:
    expected = "overdose" if "overdose" in message.lower() else "crisis"
    assert crisis_kind(message) == expected, (message, crisis_category(message))


@pytest.mark.parametrize("message", ORDINARY_MESSAGES)
def test_ordinary_questions_have_no_crisis_kind(message: str) -> None:
    assert crisis_kind(message) is None


def test_mentions_crisis_agrees_with_crisis_kind() -> None:
    for message in CRISIS_MESSAGES + ORDINARY_MESSAGES + AMBIGUOUS_MESSAGES:
        assert mentions_crisis(message) == (crisis_kind(message) is not None)


def test_lists_are_broad_and_disjoint() -> None:
    assert len(CRISIS_MESSAGES) >= 80
    assert len([message for message in INDIRECT_CRISIS_MESSAGES + OVERDOSE_MESSAGES]) >= 80
    assert len(ORDINARY_MESSAGES) >= 150
    crisis, ordinary, ambiguous = ({m.lower() for m in lst} for lst in
                                   (CRISIS_MESSAGES, ORDINARY_MESSAGES, AMBIGUOUS_MESSAGES))
    assert not crisis & ordinary and not crisis & ambiguous and not ordinary & ambiguous
    assert len(set(CRISIS_MESSAGES)) == len(CRISIS_MESSAGES)
    assert len(set(ORDINARY_MESSAGES)) == len(ORDINARY_MESSAGES)


@pytest.mark.parametrize("message", ["I\u2019m not safe", "I\u2018m not safe", "I`m not safe",
                                     "i'm\u00a0not   safe\nright now", "ｉ want to ｋｉｌｌ myself",
                                     "I want to kill my\u200bself", "I CAN'T GO ON"])
def test_look_alike_characters_and_spacing_do_not_hide_a_match(message: str) -> None:
    assert mentions_crisis(message)


def test_patterns_are_language_data_by_category() -> None:
    assert PATTERNS_BY_LANGUAGE["en"] == {
        "self_harm_intent": SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": PASSIVE_IDEATION_PATTERNS,
        "overdose": OVERDOSE_PATTERNS,
        "third_person_danger": THIRD_PERSON_DANGER_PATTERNS,
    }
    assert set(CATEGORY_KINDS) == set(PATTERNS_BY_LANGUAGE["en"])
    assert {kind for kind in CATEGORY_KINDS.values()} == {"crisis", "overdose"}
    for language in PATTERNS_BY_LANGUAGE.values():
        for patterns in language.values():
            assert patterns
            for pattern in patterns:
                re.compile(pattern)


def test_each_category_catches_something() -> None:
    seen = {crisis_category(message) for message in CRISIS_MESSAGES}
    assert seen == set(CATEGORY_KINDS)


@pytest.mark.parametrize("text", ["ketamine " * 5000, "took " * 5000, "a" * 100_000, "gun " + "x " * 20000,
                                  "I have a plan " * 2000, "no one " * 5000, "don't " * 10000])
def test_long_hostile_input_does_not_backtrack(text: str) -> None:
    """~100 kB of adversarial text stays linear (well under a second here; the bound only catches blow-ups)."""
    start = time.perf_counter()
    crisis_kind(text)
    assert time.perf_counter() - start < 5.0
