"""Who said what, per source: a JSON Lines news corpus through Gloss inside Apache Spark.

    spark-submit Examples/spark/whosaid.py corpus.jsonl out/ --gloss .build/release/gloss

Spark reads the corpus, spreads it over `--partitions` partitions and pipes every partition through one
`gloss run PIPELINE - --jobs 1` (RDD.pipe: documents as JSON lines on the program's stdin, results as
JSON lines on its stdout, one per document, in order). The results become a table: for each source
(meta.source) and speaker, the number of quotes, the number of documents they were quoted in, and a few
of the quotes. It is written as JSON Lines under OUT/who_said_what (and as Parquet under
OUT/who_said_what.parquet with --parquet); with --documents the full Gloss output of every document is
kept under OUT/documents. OUT must not exist yet.

Gloss runs with `--on-error mark`: a document a stage fails on still comes back, with an
"error": {"stage", "message"} member, so no document is lost silently; the job counts them. See README.md
for shipping the gloss binary and its resource bundles to a cluster (--archives).
"""

import argparse
import json
import os
import shlex
import sys
import time

#: Quotes kept per speaker as examples: the alphabetically first distinct ones, so that the table does
#: not depend on how the corpus was partitioned.
EXAMPLES = 3


def gloss_command(gloss, pipeline):
    """The command RDD.pipe starts for each partition.

    RDD.pipe splits its one command string with shlex and starts it without a shell. It goes through
    /bin/sh only to turn gloss's exit status 65 ("some documents failed", each of them written with its
    error under --on-error mark) into success: the partition came back whole. Any other failure (the
    pipeline file is invalid, the binary or its models are missing, a crash) stays a failed task, which
    Spark retries and then reports.

    --input-format jsonl because partitions can be empty: gloss would read an empty stdin, in its default
    auto format, as one empty text document, and the job would get a result it never sent.
    """
    script = ('"$0" run "$1" - --input-format jsonl --jobs 1 --on-error mark --stats none; '
              's=$?; [ "$s" -eq 65 ] && s=0; exit "$s"')
    return " ".join(shlex.quote(part) for part in ["/bin/sh", "-c", script, gloss, pipeline])


def quote_records(document):
    """((source, speaker, document id), quote text) for every quote of one Gloss output document."""
    meta = document.get("meta") or {}
    source = meta.get("source")
    for quote in document.get("quotes") or []:
        yield (source, quote.get("speaker"), document.get("id")), quote.get("text", "")


def speaker_in_document(key_and_texts):
    """One speaker's quotes in one document -> ((source, speaker), (quotes, documents, examples))."""
    (source, speaker, _), texts = key_and_texts
    texts = list(texts)
    return (source, speaker), (len(texts), 1, sorted(set(texts))[:EXAMPLES])


def merge_speaker(left, right):
    """Adds up two partial (quotes, documents, examples) counts of the same speaker."""
    return left[0] + right[0], left[1] + right[1], sorted(set(left[2]) | set(right[2]))[:EXAMPLES]


def table_row(key_and_counts):
    """The output row of one source and speaker."""
    (source, speaker), (quotes, documents, examples) = key_and_counts
    return {"source": source, "speaker": speaker, "quotes": quotes, "documents": documents, "examples": examples}


def row_order(row):
    """Sources by name; within one, the most quoted speakers first, unattributed quotes last."""
    return (row["source"] or "", row["speaker"] is None, -row["quotes"], row["speaker"] or "")


def who_said_what(documents):
    """The table from Gloss output documents, without Spark (the reference the test compares with)."""
    per_document = {}
    for document in documents:
        for key, text in quote_records(document):
            per_document.setdefault(key, []).append(text)
    per_speaker = {}
    for key, counts in map(speaker_in_document, per_document.items()):
        per_speaker[key] = merge_speaker(per_speaker[key], counts) if key in per_speaker else counts
    return sorted(map(table_row, per_speaker.items()), key=row_order)


def compact(document):
    """What the table and the counts need from one result (a full result carries every token)."""
    return {
        "id": document.get("id"),
        "meta": {"source": (document.get("meta") or {}).get("source")},
        "quotes": [{"speaker": q.get("speaker"), "text": q.get("text", "")} for q in document.get("quotes") or []],
        "error": document.get("error"),
    }


def arguments(argv):
    parser = argparse.ArgumentParser(description="Who said what, per source, with Gloss inside Spark.")
    parser.add_argument("corpus", help="JSON Lines: one {\"id\", \"text\" | \"html\", \"meta\"} object per line (any path Spark reads)")
    parser.add_argument("out", help="output folder (must not exist)")
    parser.add_argument("--gloss", default=os.environ.get("GLOSS", "gloss"),
                        help="the gloss binary as the executors see it: an absolute path, or a path relative to "
                             "the executor's working folder (default: $GLOSS, else 'gloss')")
    parser.add_argument("--gloss-archive", metavar="ALIAS",
                        help="the gloss binary is ALIAS/gloss inside an archive shipped with "
                             "spark-submit --archives gloss.tar.gz#ALIAS (overrides --gloss)")
    parser.add_argument("--pipeline", default="Pipelines/news.yaml",
                        help="the pipeline file as the executors see it; with --gloss-archive, a relative path "
                             "is inside the archive (default: Pipelines/news.yaml)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions, so gloss processes (default: 4)")
    parser.add_argument("--documents", action="store_true", help="also write every result under OUT/documents")
    parser.add_argument("--parquet", action="store_true", help="also write the table as Parquet")
    parser.add_argument("--log-level", help="GLOSS_LOG_LEVEL for gloss on the executors (its log goes to their stderr)")
    parser.add_argument("--master", help="Spark master when not started by spark-submit (e.g. local[4])")
    return parser.parse_args(argv)


def executor_paths(options, spark_context):
    """(gloss, pipeline) as the executors see them.

    An archive shipped with --archives is unpacked into each executor's working folder on a cluster, but
    into the driver's SparkFiles folder in local mode, where the driver is the executor. A relative
    --pipeline is then a file inside the archive (package-gloss.sh puts Pipelines/ there).
    """
    if not options.gloss_archive:
        return options.gloss, options.pipeline
    from pyspark import SparkFiles

    root = SparkFiles.getRootDirectory() if spark_context.master.startswith("local") else "."
    folder = os.path.join(root, options.gloss_archive)
    pipeline = options.pipeline if os.path.isabs(options.pipeline) else os.path.join(folder, options.pipeline)
    return os.path.join(folder, "gloss"), pipeline


def main(argv):
    options = arguments(argv)
    from pyspark.sql import SparkSession
    from pyspark import StorageLevel

    builder = SparkSession.builder.appName("gloss-who-said-what")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    started = time.monotonic()

    gloss, pipeline = executor_paths(options, context)
    # RDD.pipe starts the child with exactly this environment, empty unless asked. gloss needs none: a
    # packaged gloss finds libyaml and its resource bundles beside itself (see package-gloss.sh).
    environment = {"GLOSS_LOG_LEVEL": options.log_level} if options.log_level else {}

    # A blank line is no document: gloss would answer nothing, and the counts would not match.
    corpus = context.textFile(options.corpus).filter(lambda line: line.strip() != "")
    results = corpus.repartition(options.partitions).pipe(
        gloss_command(gloss, pipeline), env=environment, checkCode=True)

    if options.documents:
        # Written once, then read back: gloss runs once per document whichever output is asked for.
        documents_folder = os.path.join(options.out, "documents")
        results.saveAsTextFile(documents_folder)
        results = context.textFile(documents_folder)
    documents = results.map(lambda line: compact(json.loads(line))).persist(StorageLevel.MEMORY_AND_DISK)

    documents_in = corpus.count()
    documents_out = documents.count()
    failed = documents.filter(lambda document: document["error"] is not None).count()
    distinct_ids = documents.map(lambda document: document["id"]).distinct().count()

    rows = (documents.flatMap(quote_records).groupByKey().map(speaker_in_document)
            .reduceByKey(merge_speaker).map(table_row).collect())
    rows.sort(key=row_order)
    # The table is small: one JSON Lines file, written without Spark SQL (whose start-up is most of the
    # cost of writing it through a DataFrame).
    context.parallelize([json.dumps(row, ensure_ascii=False) for row in rows], 1).saveAsTextFile(
        os.path.join(options.out, "who_said_what"))
    if options.parquet:
        spark.createDataFrame(rows, "source string, speaker string, quotes long, documents long, examples array<string>") \
            .coalesce(1).write.parquet(os.path.join(options.out, "who_said_what.parquet"))

    seconds = time.monotonic() - started
    summary = {"documents_in": documents_in, "documents_out": documents_out, "distinct_ids": distinct_ids,
               "failed": failed, "speakers": len(rows), "quotes": sum(row["quotes"] for row in rows),
               "partitions": options.partitions, "seconds": round(seconds, 2)}
    # The driver's stdout carries this line only (Spark logs to stderr), for scripts to read.
    print(json.dumps(summary), flush=True)
    spark.stop()
    if documents_out != documents_in or distinct_ids != documents_in:
        sys.exit(f"whosaid.py: {documents_in} documents in, {documents_out} out, {distinct_ids} distinct ids")


if __name__ == "__main__":
    main(sys.argv[1:])
