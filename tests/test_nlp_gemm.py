"""The parse's matrix products go to numpy's BLAS on one thread (`use_numpy_gemm`): same parses, same products up
to rounding, and the caller's BLAS thread setting left as it was."""
from __future__ import annotations

from typing import Any

import numpy as np
import pytest

pytest.importorskip("spacy")
thinc_api = pytest.importorskip("thinc.api")

from newsevents.nlp import _numpy_gemm_ops_class, use_numpy_gemm  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> Any:
    from newsevents.errors import ModelError
    from newsevents.nlp import load_nlp

    try:
        return load_nlp()
    except ModelError:
        pytest.skip("no spaCy English model installed")


def _nodes(nlp: Any) -> list[Any]:
    return [node for _, proc in nlp.pipeline if hasattr(proc, "model") for node in proc.model.walk()]


def test_every_model_node_gets_the_numpy_ops(nlp: Any) -> None:
    ops_class = _numpy_gemm_ops_class()
    assert all(type(node.ops) is ops_class for node in _nodes(nlp))
    assert use_numpy_gemm(nlp)  # a second call changes nothing


def test_products_match_blis_up_to_rounding() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((50, 288), dtype=np.float32)
    w = rng.standard_normal((96, 288), dtype=np.float32)
    ours = _numpy_gemm_ops_class()().gemm(x, w, trans2=True)
    blis = thinc_api.NumpyOps(use_blis=True).gemm(x, w, trans2=True)
    assert ours.shape == (50, 96) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, blis, rtol=1e-4, atol=1e-4)
    out = np.empty((96, 50), dtype=np.float32)
    _numpy_gemm_ops_class()().gemm(w, x, trans2=True, out=out)
    np.testing.assert_allclose(out, blis.T, rtol=1e-4, atol=1e-4)


def test_blas_threads_restored_after_a_product() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    blas = threadpoolctl.ThreadpoolController().select(user_api="blas")
    before = [lib["num_threads"] for lib in blas.info()]
    x = np.ones((8, 8), dtype=np.float32)
    _numpy_gemm_ops_class()().gemm(x, x)
    assert [lib["num_threads"] for lib in threadpoolctl.ThreadpoolController().select(user_api="blas").info()] \
        == before


def test_other_ops_are_left_alone() -> None:
    class Fake:
        def __init__(self, ops: Any) -> None:
            self.model = thinc_api.Linear(2, 2)
            self.model.ops = ops
            for node in self.model.walk():
                node.ops = ops

    class FakeNlp:
        def __init__(self, ops: Any) -> None:
            self.pipeline = [("x", Fake(ops))]

    class OtherOps(thinc_api.NumpyOps):  # type: ignore[misc, valid-type]
        pass

    other = FakeNlp(OtherOps())
    assert not use_numpy_gemm(other)
    assert type(other.pipeline[0][1].model.ops) is OtherOps
    plain = FakeNlp(thinc_api.NumpyOps())
    assert use_numpy_gemm(plain)
    assert type(plain.pipeline[0][1].model.ops) is _numpy_gemm_ops_class()


def test_pipeline_still_pickles_with_the_numpy_ops(nlp: Any) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(nlp))
    assert all(type(node.ops) is _numpy_gemm_ops_class() for node in _nodes(again))
    text = "Troops fired on protesters in the capital on Sunday."
    assert [(t.tag_, t.dep_, t.head.i) for t in again(text)] == [(t.tag_, t.dep_, t.head.i) for t in nlp(text)]
