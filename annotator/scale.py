"""The pre-annotation step on Dask: a ``dask.bag`` over JSONL shards.

Needs the optional extra: ``pip install 'annotator[scale]'`` (dask[bag]).
Each shard is one partition; each partition's output is exactly what
``annotator analyze --jsonl SHARD --out OUT`` writes for that shard (the
header, then one analysis a line), because both call
:func:`annotator.preannotate.analyse_line` on the same (line, line number,
shard name, taxonomy, ruleset).  docs/SCALE.md shows the same recipe on a
cluster and under Spark.

    from annotator.scale import analyse_shards
    analyse_shards(["shards/part-000.jsonl", ...], "analysed/", scheduler="processes")
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from annotator.model import Theme
from annotator.preannotate import analyse_line, header_line


def analyse_partition(lines: Iterable[tuple[str, str]], themes: list[Theme]) -> Iterator[str]:
    """One shard's (line, path) pairs -> its output lines: the header, then analyses.

    Line numbers count from the start of the partition, which is the start of
    the shard (the bag is read with one partition per file).
    """
    yield header_line(themes)
    for line_no, (raw, path) in enumerate(lines, start=1):
        analysed = analyse_line(raw, line_no=line_no, source_name=shard_name(path), themes=themes)
        if analysed is not None:
            yield analysed


def shard_name(path: str) -> str:
    """The shard's file name, whatever the storage (``/data/x.jsonl``, ``s3://b/x.jsonl``)."""
    return posixpath.basename(str(path).replace("\\", "/"))


def shards_bag(shards: Sequence[str | Path], themes: list[Theme] | None = None) -> Any:
    """A dask bag of output lines, one partition per shard, in shard order."""
    import dask.bag as db

    from annotator.resources import default_taxonomy

    taxonomy = themes if themes is not None else default_taxonomy()
    lines = db.read_text([str(s) for s in shards], blocksize=None, include_path=True, encoding="utf-8")
    return lines.map_partitions(_partition_lines, taxonomy)


def _partition_lines(pairs: Iterable[tuple[str, str]], themes: list[Theme]) -> list[str]:
    # read_text keeps each line's newline; analyse_line ignores surrounding white space.
    return list(analyse_partition(pairs, themes))


def analyse_shards(
    shards: Sequence[str | Path],
    out_dir: str | Path,
    *,
    themes: list[Theme] | None = None,
    scheduler: str | None = None,
) -> list[str]:
    """Write ``out_dir/<shard name>`` for each shard; returns the paths written.

    ``scheduler`` is Dask's: "synchronous", "threads", "processes", or None
    for the default (a ``distributed.Client`` when one is active).
    """
    out_paths = [posixpath.join(str(out_dir).rstrip("/"), shard_name(str(s))) for s in shards]
    if len(set(out_paths)) != len(out_paths):
        raise ValueError("two shards have the same file name; their outputs would collide")
    bag = shards_bag(shards, themes)
    compute: dict[str, Any] = {"scheduler": scheduler} if scheduler else {}
    bag.to_textfiles(out_paths, encoding="utf-8", last_endline=True, compute=True, **compute)
    return out_paths
