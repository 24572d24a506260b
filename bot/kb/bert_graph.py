"""The BERT encoder as an ONNX graph, built from a model's weights and ``config.json``.

Sentence models of the BERT family (all-MiniLM-L6-v2 among them) are published as PyTorch
weights. ONNX Runtime runs them fast on a CPU: it packs each weight matrix once when the
session starts, where NumPy's BLAS repacks it on every product and spends most of a short
question's time doing so (about 22 ms against 4 ms per question on the CI machine). No
converter is needed: the graph is the standard encoder, written here node by node over the
weights' own names; its output is the last hidden state, pooled by the caller.

``make setup`` writes the graph once, beside the weights (``python -m bot.kb.bert_graph
<model folder>``): building it holds several copies of the weights (about 750 MB at the
peak), loading the file holds little more than one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from onnx import TensorProto, helper, numpy_helper

from bot.kb.embedding import GRAPH_FILE

OUTPUT = "hidden"
OPSET = 20  # the first with a Gelu operator


class _Builder:
    def __init__(self, weights: Mapping[str, np.ndarray]) -> None:
        self.weights = weights
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []

    def constant(self, name: str, value: np.ndarray) -> str:
        """Each name is added once: every weight feeds one node, and the shapes are made once."""
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def weight(self, name: str, transpose: bool = False) -> str:
        value = self.weights[name]
        return self.constant(name, value.T if transpose else value)

    def node(self, operator: str, inputs: list[str], **attributes: Any) -> str:
        output = f"{operator.lower()}_{len(self.nodes)}"
        self.nodes.append(helper.make_node(operator, inputs, [output], **attributes))
        return output

    def dense(self, values: str, name: str) -> str:
        """A linear layer; PyTorch stores its matrix as (outputs, inputs)."""
        product = self.node("MatMul", [values, self.weight(f"{name}.weight", transpose=True)])
        return self.node("Add", [product, self.weight(f"{name}.bias")])

    def layer_norm(self, values: str, name: str, epsilon: float) -> str:
        scale, bias = self.weight(f"{name}.weight"), self.weight(f"{name}.bias")
        return self.node("LayerNormalization", [values, scale, bias], axis=-1, epsilon=epsilon)


class _Shapes(NamedTuple):
    split: str  # (batch, length, width) to (batch, length, heads, head size)
    merge: str  # and back
    scale: str  # 1 / sqrt(head size)


def _encoder_layer(build: _Builder, hidden: str, prefix: str, shapes: _Shapes, epsilon: float) -> str:
    """Self-attention over all heads, then the feed-forward block, each with a residual and a norm."""

    def heads_of(name: str, order: list[int]) -> str:
        projected = build.dense(hidden, f"{prefix}attention.self.{name}")
        return build.node("Transpose", [build.node("Reshape", [projected, shapes.split])], perm=order)

    query = heads_of("query", [0, 2, 1, 3])
    key = heads_of("key", [0, 2, 3, 1])  # transposed for the product with the queries
    value = heads_of("value", [0, 2, 1, 3])
    scores = build.node("Add", [build.node("Mul", [build.node("MatMul", [query, key]), shapes.scale]), "blocked"])
    attention = build.node("Softmax", [scores], axis=-1)
    context = build.node("Transpose", [build.node("MatMul", [attention, value])], perm=[0, 2, 1, 3])
    context = build.node("Reshape", [context, shapes.merge])
    attended = build.node("Add", [hidden, build.dense(context, f"{prefix}attention.output.dense")])
    hidden = build.layer_norm(attended, f"{prefix}attention.output.LayerNorm", epsilon)
    inner = build.node("Gelu", [build.dense(hidden, f"{prefix}intermediate.dense")])
    output = build.node("Add", [hidden, build.dense(inner, f"{prefix}output.dense")])
    return build.layer_norm(output, f"{prefix}output.LayerNorm", epsilon)


def bert_graph(weights: Mapping[str, np.ndarray], config: Mapping[str, Any]) -> bytes:
    """The serialized ONNX model of the encoder whose ``weights`` (safetensors names) are given.

    Its inputs are the token ids, their positions (one row), the segment ids, and what each
    token adds to the attention scores (0, or a large negative number for padding)."""
    build = _Builder(weights)
    width = weights["embeddings.word_embeddings.weight"].shape[1]
    heads = int(config["num_attention_heads"])
    epsilon = float(config["layer_norm_eps"])
    size = width // heads
    shapes = _Shapes(
        split=build.constant("split_shape", np.array([0, 0, heads, size], dtype=np.int64)),
        merge=build.constant("merge_shape", np.array([0, 0, width], dtype=np.int64)),
        scale=build.constant("scale", np.array(1.0 / np.sqrt(size), dtype=np.float32)),
    )

    embedded = build.node(
        "Add",
        [
            build.node("Gather", [build.weight("embeddings.word_embeddings.weight"), "ids"]),
            build.node("Gather", [build.weight("embeddings.position_embeddings.weight"), "positions"]),
        ],
    )
    segments = build.node("Gather", [build.weight("embeddings.token_type_embeddings.weight"), "types"])
    embedded = build.node("Add", [embedded, segments])
    hidden = build.layer_norm(embedded, "embeddings.LayerNorm", epsilon)
    layers = sorted({int(name.split(".")[2]) for name in weights if name.startswith("encoder.layer.")})
    for layer in layers:
        hidden = _encoder_layer(build, hidden, f"encoder.layer.{layer}.", shapes, epsilon)
    build.nodes.append(helper.make_node("Identity", [hidden], [OUTPUT]))

    graph = helper.make_graph(
        build.nodes,
        "bert_encoder",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info("positions", TensorProto.INT64, [1, "length"]),
            helper.make_tensor_value_info("types", TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info("blocked", TensorProto.FLOAT, ["batch", 1, 1, "length"]),
        ],
        [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, ["batch", "length", width])],
        build.initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 9  # what ONNX Runtime 1.23 reads; onnx 1.16 would write 10
    return model.SerializeToString()


def write_graph(model_dir: Path) -> Path:
    """Write ``model.onnx`` into ``model_dir`` from its ``model.safetensors`` and ``config.json``
    (beside, then renamed: an interrupted run leaves no half file)."""
    from safetensors.numpy import load_file

    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    graph = bert_graph(load_file(str(model_dir / "model.safetensors")), config)
    partial = model_dir / f".{GRAPH_FILE}.partial"
    partial.write_bytes(graph)
    return partial.replace(model_dir / GRAPH_FILE)


if __name__ == "__main__":
    write_graph(Path(sys.argv[1]))
