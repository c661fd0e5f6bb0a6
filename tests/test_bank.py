"""The question bank honours the contract (product brief §1) and says everything in both
languages; a broken bank file is reported with the file, the question and what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from strategy_wizard.model.answers import check_value
from strategy_wizard.model.bank import BankError, load_bank, load_bank_from
from strategy_wizard.model.text import Text
from tests.conftest import NETWORK_IDS, ROOT

OBJECTIVES = "awareness traffic leads sales loyalty support recruitment monitoring event advocacy"
CONTRACT = {
    "context": {
        "org_name": ("text", None),
        "org_kind": (
            "choice",
            "freelance small_business startup large_company nonprofit public_body personal_brand",
        ),
        "sector": (
            "choice",
            "retail_ecommerce hospitality_tourism food_drink "
            "b2b_industry professional_services tech_software health_wellness "
            "beauty_fashion_luxury culture_events_sport education_training "
            "real_estate cause_nonprofit other",
        ),
        "offer": ("text", None),
        "market": ("choice", "b2c b2b both"),
        "premises": ("choice", "shop service_area online_only"),
        "country": ("choice", "FR BE CH LU CA GB IE US AU other"),
    },
    "who": {
        "audience_description": ("longtext", None),
        "audience_types": (
            "multi",
            "consumers professionals local_residents prescribers candidates customers partners",
        ),
        "audience_ages": ("multi", "13-17 18-24 25-34 35-49 50-64 65+"),
        "audience_geo": ("choice", "local regional national international"),
        "audience_problems": ("list", None),
    },
    "message": {
        "key_message": ("text", None),
        "expertise": ("list", None),
        "proof_points": ("list", None),
        "formats": ("multi", "text photo short_video long_video live audio visual_design"),
        "voice": ("choice", "personal brand"),
        "address_form": ("choice", "tu vous"),
    },
    "reaction": {
        "objective": ("choice", OBJECTIVES),
        "secondary_objectives": ("multi", OBJECTIVES),
        "desired_action": ("text", None),
        "target": ("group", None),
    },
    "realism": {
        "hours_per_week": ("number", None),
        "team": ("choice", "solo small_team dedicated_team agency"),
        "run_by": ("choice", "founder staff intern agency employees"),
        "monthly_budget_eur": ("number", None),
        "skills": ("multi", "writing photo video design community analytics"),
        "offer_ready": ("choice", "yes partly no"),
        "capacity": ("choice", "yes limited full"),
        "response_time_hours": ("number", None),
        "negative_feedback": ("choice", "answer delete unsure"),
        "expectations": (
            "multi",
            "quick_growth replace_support buy_followers automate_dms repeat_ads rejuvenate_site",
        ),
        "management_support": ("choice", "strong lukewarm none"),
        "website": ("choice", "modern dated none"),
    },
    "timeframe": {"horizon_months": ("choice", "3 6 12 24"), "start_date": ("date", None)},
    "networks": {
        "current_networks": ("multi", " ".join(NETWORK_IDS)),
        "considered_networks": ("multi", " ".join(NETWORK_IDS)),
        "current_audience_fit": ("choice", "yes partly no none_yet"),
        "relays": (
            "multi",
            "prescribers partners employees customers influencers press associations",
        ),
        "topics": ("list", None),
        "competitors": ("list", None),
        "promo_share": ("number", None),
    },
}


def test_steps_in_contract_order_with_every_question_type_and_code():
    bank = load_bank()
    assert [s.id for s in bank.steps] == list(CONTRACT)
    for step in bank.steps:
        ids = [q.id for q in step.questions]
        for qid, (qtype, codes) in CONTRACT[step.id].items():
            assert qid in ids, f"{qid} missing from step {step.id}"
            q = bank.question(qid)
            assert q.type == qtype, qid
            if codes:
                assert set(codes.split()) <= set(q.codes()), qid


def test_bounds_of_the_contract():
    bank = load_bank()
    assert (bank.question("hours_per_week").min, bank.question("hours_per_week").max) == (0, 60)
    assert (bank.question("promo_share").min, bank.question("promo_share").max) == (0, 100)
    assert bank.question("monthly_budget_eur").min == 0
    assert {f.id for f in bank.question("target").fields} == {"metric", "baseline", "value", "unit"}


def _texts(model: BaseModel, where: str = ""):
    for name, value in model:
        here = f"{where}.{name}" if where else name
        if isinstance(value, Text):
            yield here, value
        elif isinstance(value, BaseModel):
            yield from _texts(value, here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _texts(item, f"{here}[{i}]")


def test_every_text_exists_in_both_languages_and_differs():
    bank = load_bank()
    texts = list(_texts(bank))
    assert len(texts) > 300
    for where, text in texts:
        assert text.fr.strip() and text.en.strip(), where
    for q in bank.questions:
        assert q.teaching.fr != q.teaching.en, f"{q.id}: teaching note not translated"
        assert len(q.teaching.en.split()) >= 25, f"{q.id}: teaching note too thin to teach"
        assert len(q.help.en) <= 120, f"{q.id}: help must fit one line"


def test_gates_are_the_contracts():
    assert load_bank().gates() == {
        "org_name": ["org_name"],
        "audience": ["audience_description", "audience_types"],
        "key_message": ["key_message"],
        "objective": ["objective"],
        "hours": ["hours_per_week"],
        "horizon": ["horizon_months"],
    }
    bank = load_bank()
    assert bank.open_gates({"org_name": "X"}) == (
        False,
        ["audience", "key_message", "objective", "hours", "horizon"],
    )
    full = {
        "org_name": "X",
        "audience_types": ["consumers"],
        "key_message": "m",
        "objective": "sales",
        "hours_per_week": 0,
        "horizon_months": "6",
    }
    assert bank.open_gates(full) == (True, [])


def test_defaults_are_valid_answers_and_conditions_point_at_real_codes():
    bank = load_bank()
    for q in bank.questions:
        if q.default not in (None, "", []):
            _value, problems = check_value(q, q.default)
            assert not problems, (q.id, problems)
        for rule in q.default_if:
            _value, problems = check_value(q, rule.value)
            assert not problems, (q.id, problems)
        conditions = ([q.when] if q.when else []) + [rule.when for rule in q.default_if]
        for leaf in (leaf for c in conditions for leaf in c.leaves()):  # every simple part
            target = bank.question(leaf.question)
            if leaf.words is not None:  # words are looked for in what the person wrote
                assert target.type in ("text", "longtext", "list"), q.id
            else:
                assert set(leaf.in_ or []) <= set(target.codes()), q.id
    fit = bank.question("current_audience_fit")
    assert not fit.visible({}) and fit.visible({"current_networks": ["linkedin"]})
    # a compound condition: asked until the answers say it does not apply
    support = bank.question("management_support")
    assert support.visible({}) and support.visible({"team": "solo", "run_by": "staff"})
    assert not support.visible({"org_kind": "freelance"})
    assert not support.visible({"team": "solo", "run_by": "founder"})
    # a conditional default: an audience all under 25 is addressed informally
    address = bank.question("address_form")
    assert address.assumed({"audience_ages": ["13-17", "18-24"]})[0] == "tu"
    assert address.assumed({"audience_ages": ["13-17", "35-49"]})[0] == "vous"
    assert address.assumed({})[0] == "vous"


def test_a_condition_is_one_form_and_names_real_questions(tmp_path):
    from pydantic import ValidationError

    from strategy_wizard.model.bank import Condition

    for bad in (
        {"question": "team"},  # no codes
        {"question": "team", "in": ["solo"], "any": [{"question": "x", "in": ["y"]}]},
        {"all": []},
        {},
    ):
        with pytest.raises(ValidationError):
            Condition.model_validate(bad)
    nested = Condition.model_validate({"not": {"all": [{"question": "a", "in": ["1"]}]}})
    assert nested.questions() == ["a"] and nested.holds({}) and not nested.holds({"a": "1"})


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "questions"
    shutil.copytree(ROOT / "questions", folder)
    return folder


def test_a_question_without_label_is_reported_with_file_and_id(bank_copy):
    path = bank_copy / "03_message.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["questions"][1]["label"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BankError) as err:
        load_bank_from(bank_copy)
    message = str(err.value)
    assert "03_message.yaml" in message and "'expertise'" in message and "label" in message


def test_an_unknown_type_and_a_missing_translation_are_reported(bank_copy):
    path = bank_copy / "05_realism.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["questions"][0]["type"] = "slider"
    data["questions"][2]["help"] = {"fr": "seulement en français"}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BankError) as err:
        load_bank_from(bank_copy)
    message = str(err.value)
    assert "'hours_per_week'" in message and "type" in message
    assert "'run_by'" in message and "help.en" in message


def test_a_condition_on_an_unknown_question_is_refused(bank_copy):
    path = bank_copy / "07_networks.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["questions"][2]["when"] = {"question": "no_such_question", "in": ["x"]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BankError, match="no_such_question"):
        load_bank_from(bank_copy)
