"""The admin's view: /models and /stats as short readable lists, each with a small picture.

/models: one line per version (id, date, status, held-out nDCG@10 against the base model, whether
source-domain data was used), the served one marked; the picture plots held-out nDCG across
versions against the base model. /stats: totals, then requests and latency per day, and the model
loading time apart from turn latency; the picture plots requests and p95 latency per day.

Pictures are drawn with matplotlib's Agg canvas on a `Figure` (no pyplot state), in a worker
thread, with English axis labels only (version ids and dates need no translation; the text above
the picture is in the admin's language).
"""

from __future__ import annotations

import asyncio
import html
import io
import time
from dataclasses import dataclass
from typing import TypedDict

from telegram import Update

from advisor import Settings, aligned_table, display_width
from bot._charts import send_picture
from bot._replying import send_html
from bot._services import Services
from bot._store_records import DayFigures, ModelLoad, Stats
from bot._texts import say

PRIMARY = "ndcg@10"  # the registry's held-out primary metric (advisor/models/training/heldout.py)
_SHOWN_VERSIONS = 10
_SHOWN_DAYS = 7

class _Text(TypedDict):
    """The admin views' words in one language."""

    models_title: str
    source: dict[bool | None, str]
    status: dict[str, str]
    base_served: str
    stats_title: str
    totals: str
    days_title: str
    days_head: tuple[str, str, str, str]
    no_requests: str
    load: str
    no_load: str


_TEXT: dict[str, _Text] = {
    "en": {"models_title": "<b>Models</b> (held-out nDCG@10; base = the pretrained model)",
           "source": {True: "source on", False: "source off", None: "source ?"},
           "status": {"current": "served", "rejected": "rejected", "available": "available"},
           "base_served": "▶ <b>base</b> (pretrained model, no adapter) is served",
           "stats_title": "<b>Usage</b> (kept {days} days)",
           "totals": "users {users} · requests {requests} · 👍 {likes} / 👎 {dislikes} ({rate} liked)",
           "days_title": "<b>Last {n} days</b> (UTC; turn latency)",
           "days_head": ("day", "requests", "p50", "p95"), "no_requests": "no requests yet",
           "load": "<b>Model loading</b>: {version} ready {seconds:.1f} s after start ({at} UTC); "
                   "{waiting} request(s) began while it loaded and are left out of the latency above",
           "no_load": "<b>Model loading</b>: not measured yet"},
    "zh": {"models_title": "<b>模型版本</b>（留出集 nDCG@10；base = 预训练模型）",
           "source": {True: "用源域数据", False: "不用源域数据", None: "源域 ?"},
           "status": {"current": "使用中", "rejected": "已拒绝", "available": "可用"},
           "base_served": "▶ <b>base</b>（预训练模型，无适配器）正在使用",
           "stats_title": "<b>使用情况</b>（保留 {days} 天）",
           "totals": "用户 {users} · 请求 {requests} · 👍 {likes} / 👎 {dislikes}（喜欢 {rate}）",
           "days_title": "<b>最近 {n} 天</b>（UTC；回复耗时）",
           "days_head": ("日期", "请求", "p50", "p95"), "no_requests": "还没有请求",
           "load": "<b>模型加载</b>：{version} 在启动后 {seconds:.1f} 秒就绪（{at} UTC）；"
                   "加载期间开始的 {waiting} 个请求未计入上面的耗时",
           "no_load": "<b>模型加载</b>：尚未测量"},
}


@dataclass(frozen=True)
class ModelRow:
    """One registry version as the admin sees it."""

    id: str
    created: str  # UTC date and time
    status: str  # "current", "rejected" or "available"
    ndcg: float | None  # held-out nDCG@10 of this version
    base_ndcg: float | None  # the base model's, measured in the same run
    source: bool | None  # trained with source-domain pairs; None when the record does not say


async def send_models(update: Update, services: Services) -> None:
    """/models: the list, then the nDCG picture."""
    lang = services.language(update)
    rows = await asyncio.to_thread(model_rows, services.settings)
    if not rows:
        await send_html(update, say(lang, "models_empty"))
        return
    served = services.advisor.model_version
    await send_html(update, describe_models(rows, served, lang))
    png = await asyncio.to_thread(models_chart, rows, served)
    if png is not None:
        await send_picture(update, png)


async def send_stats(update: Update, services: Services) -> None:
    """/stats: totals, days and model loading, then the requests and latency picture."""
    store = services.store
    days = store.request_days(_SHOWN_DAYS)
    text = describe_stats(store.stats(), days, store.last_model_load(), services.settings.retention_days,
                          services.language(update))
    await send_html(update, text)
    png = await asyncio.to_thread(stats_chart, days)
    if png is not None:
        await send_picture(update, png)


def model_rows(settings: Settings) -> list[ModelRow]:
    """The most recent versions, oldest first (reads the registry; blocking)."""
    from advisor import Registry

    rows = []
    for version in Registry(settings.models_dir).versions()[-_SHOWN_VERSIONS:]:
        source = version.config.get("use_source")
        rows.append(ModelRow(version.id, time.strftime("%Y-%m-%d %H:%M", time.gmtime(version.created_at)),
                             version.status, version.metrics.get(PRIMARY), version.metrics.get(f"base.{PRIMARY}"),
                             None if source is None else bool(source)))
    return rows


def describe_models(rows: list[ModelRow], served: str, language: str) -> str:
    """The versions as short HTML lines, the served one marked ▶."""
    text = _TEXT[language]
    lines = [text["models_title"]]
    for row in rows:
        mark = "▶ " if row.id == served else "   "
        lines.append(f"{mark}<b>{html.escape(row.id, quote=False)}</b> · {row.created} · "
                     f"{text['status'].get(row.status, row.status)} · {_ndcg(row)} · {text['source'][row.source]}")
    if served == "base":
        lines.append(text["base_served"])
    return "\n".join(lines)


def _ndcg(row: ModelRow) -> str:
    if row.ndcg is None:
        return "nDCG ?"
    if row.base_ndcg is None:
        return f"nDCG {row.ndcg:.3f}"
    return f"nDCG {row.ndcg:.3f} (base {row.base_ndcg:.3f}, {row.ndcg - row.base_ndcg:+.3f})"


def models_chart(rows: list[ModelRow], served: str) -> bytes | None:
    """Held-out nDCG@10 per version (the served one starred) against the base model; None without figures."""
    measured = [r for r in rows if r.ndcg is not None]
    if not measured:
        return None
    figure, axes = _figure(max(5.0, 0.7 * len(measured) + 2.5))
    xs = list(range(len(measured)))
    axes.plot(xs, [r.ndcg for r in measured], marker="o", color="#4477AA", label="version (held-out nDCG@10)")
    bases = [(x, r.base_ndcg) for x, r in zip(xs, measured) if r.base_ndcg is not None]
    if bases:
        axes.plot([x for x, _ in bases], [b for _, b in bases], linestyle="--", marker=".", color="#777777",
                  label="base model, same evaluation")
    for x, row in zip(xs, measured):
        if row.id == served:
            axes.plot([x], [row.ndcg], marker="*", markersize=16, color="#EE6677", linestyle="none", label="served")
    rejected = [(x, r.ndcg) for x, r in zip(xs, measured) if r.status == "rejected"]
    if rejected:
        axes.plot([x for x, _ in rejected], [v for _, v in rejected], marker="x", markersize=9, color="#222222",
                  linestyle="none", label="rejected")
    axes.set_xticks(xs, [r.id[:16] for r in measured], rotation=30, ha="right", fontsize=7)
    axes.set_ylabel("held-out nDCG@10")
    axes.legend(fontsize=7, loc="best")
    return _png(figure)


def describe_stats(stats: Stats, days: list[DayFigures], load: ModelLoad | None, retention_days: int,
                   language: str) -> str:
    """Totals, a per-day table and the model loading line, as HTML."""
    text = _TEXT[language]
    rate = "–" if stats.like_rate is None else f"{stats.like_rate:.0%}"
    lines = [text["stats_title"].format(days=retention_days),
             text["totals"].format(users=stats.users, requests=stats.requests, likes=stats.likes,
                                   dislikes=stats.dislikes, rate=rate),
             text["days_title"].format(n=len(days))]
    if any(d.requests for d in days):
        table = [text["days_head"]] + [(d.day[5:], str(d.requests), _ms(d.p50_ms), _ms(d.p95_ms)) for d in days]
        body = aligned_table(table, measure=display_width)
        lines.append(f"<pre>{html.escape(body, quote=False)}</pre>")
    else:
        lines.append(text["no_requests"])
    if load is None:
        lines.append(text["no_load"])
    else:
        lines.append(text["load"].format(version=html.escape(load.version, quote=False), seconds=load.seconds,
                                         at=time.strftime("%Y-%m-%d %H:%M", time.gmtime(load.at)),
                                         waiting=load.waiting))
    return "\n".join(lines)


def stats_chart(days: list[DayFigures]) -> bytes | None:
    """Requests per day (bars) and p95 turn latency (line); None when there were no requests."""
    if not any(d.requests for d in days):
        return None
    figure, axes = _figure(max(5.0, 0.5 * len(days) + 2.5))
    xs = list(range(len(days)))
    axes.bar(xs, [d.requests for d in days], color="#4477AA", label="requests")
    axes.set_ylabel("requests per day (UTC)")
    axes.set_xticks(xs, [d.day[5:] for d in days], fontsize=7)
    latency = axes.twinx()
    points = [(x, d.p95_ms) for x, d in zip(xs, days) if d.p95_ms is not None]
    latency.plot([x for x, _ in points], [v for _, v in points], marker="o", color="#EE6677", label="p95 latency")
    latency.set_ylabel("p95 turn latency (ms)")
    latency.set_ylim(bottom=0)
    handles = axes.get_legend_handles_labels()[0] + latency.get_legend_handles_labels()[0]
    axes.legend(handles, [h.get_label() for h in handles], fontsize=7, loc="upper left")
    return _png(figure)


def _figure(width: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, 3.6), dpi=110, facecolor="white", layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.grid(axis="y", color="#EEEEEE")
    return figure, axes


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} ms"


