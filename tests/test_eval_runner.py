from newsevents.eval.runner import below_floors, check_floors, load_floors, lookup


def test_lookup_dotted_paths() -> None:
    scores = {"GWN": {"gold_spans": {"acc161": 0.94}}, "quad_accuracy": 0.83}
    assert lookup(scores, "GWN.gold_spans.acc161") == 0.94
    assert lookup(scores, "quad_accuracy") == 0.83
    assert lookup(scores, "GWN.nothing") is None


def test_below_floors_reports_drops_and_missing_figures() -> None:
    scores = {"a": 0.5, "b": {"c": 0.9}}
    assert below_floors(scores, {"a": 0.4, "b.c": 0.9}) == []
    msgs = below_floors(scores, {"a": 0.6, "d": 0.1})
    assert len(msgs) == 2 and "a = 0.500 is below its floor 0.600" in msgs[0] and "missing" in msgs[1]


def test_pinned_floors_exist_for_both_parts() -> None:
    assert load_floors("coding") and load_floors("geo") and load_floors("outside")
    assert all(not k.startswith("_") for k in load_floors("geo"))
    assert check_floors("geo", {})  # nothing measured: every floor is reported
