#include "core/payload/jsonlinediff.h"

#include "core/payload/jsonformatter.h"

#include <vector>

namespace brickdesk {

namespace {

using Line = JsonLineDiff::Line;

// Past this many edits the trace Myers keeps grows quadratically; a payload
// that different is shown as removed and added wholesale.
constexpr qsizetype kMaxEdits = 2000;

// The edits of the middle part (common prefix and suffix already taken off).
QList<Line> myers(const QStringList &a, const QStringList &b, int oldBase, int newBase)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const auto wholesale = [&] {
        QList<Line> lines;
        for (qsizetype i = 0; i < n; ++i)
            lines.append({Line::Kind::Removed, a.at(i), int(oldBase + i + 1), 0});
        for (qsizetype j = 0; j < m; ++j)
            lines.append({Line::Kind::Added, b.at(j), 0, int(newBase + j + 1)});
        return lines;
    };
    if (n == 0 || m == 0)
        return wholesale();

    // trace[d][k + d]: the furthest x on diagonal k after d edits.
    std::vector<std::vector<qsizetype>> trace;
    std::vector<qsizetype> previous;
    qsizetype edits = -1;
    for (qsizetype d = 0; d <= std::min(n + m, kMaxEdits) && edits < 0; ++d) {
        std::vector<qsizetype> current(2 * d + 1);
        const auto before = [&](qsizetype k) { return previous[k + d - 1]; };
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && before(k - 1) < before(k + 1)))
                x = before(k + 1); // down: an addition
            else
                x = before(k - 1) + 1; // right: a removal
            qsizetype y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            current[k + d] = x;
            if (x >= n && y >= m)
                edits = d;
        }
        trace.push_back(current);
        previous = std::move(current);
    }
    if (edits < 0)
        return wholesale();

    QList<Line> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = edits; d >= 0; --d) {
        const qsizetype k = x - y;
        qsizetype previousX = 0;
        qsizetype previousY = 0;
        if (d > 0) {
            const auto &v = trace[d - 1];
            const auto at = [&](qsizetype diagonal) { return v[diagonal + d - 1]; };
            const qsizetype previousK =
                (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            previousX = at(previousK);
            previousY = previousX - previousK;
        }
        while (x > previousX && y > previousY) {
            --x;
            --y;
            reversed.append(
                {Line::Kind::Unchanged, a.at(x), int(oldBase + x + 1), int(newBase + y + 1)});
        }
        if (d == 0)
            break;
        if (x == previousX) {
            --y;
            reversed.append({Line::Kind::Added, b.at(y), 0, int(newBase + y + 1)});
        } else {
            --x;
            reversed.append({Line::Kind::Removed, a.at(x), int(oldBase + x + 1), 0});
        }
    }
    return QList<Line>(reversed.crbegin(), reversed.crend());
}

// Within a run of changes, removals first: "- old / + new" reads as a
// replacement.
void groupReplacements(QList<Line> &lines)
{
    qsizetype start = 0;
    while (start < lines.size()) {
        if (lines.at(start).kind == Line::Kind::Unchanged) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < lines.size() && lines.at(end).kind != Line::Kind::Unchanged)
            ++end;
        std::stable_partition(lines.begin() + start, lines.begin() + end,
                              [](const Line &line) { return line.kind == Line::Kind::Removed; });
        start = end;
    }
}

QStringList linesOf(const QJsonObject &object)
{
    QStringList lines = JsonFormatter::normalised(object).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QList<Line> JsonLineDiff::compare(const QStringList &before, const QStringList &after)
{
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;

    QList<Line> lines;
    for (qsizetype i = 0; i < prefix; ++i)
        lines.append({Line::Kind::Unchanged, before.at(i), int(i + 1), int(i + 1)});
    lines += myers(before.mid(prefix, before.size() - prefix - suffix),
                   after.mid(prefix, after.size() - prefix - suffix), int(prefix), int(prefix));
    for (qsizetype i = suffix; i > 0; --i) {
        lines.append({Line::Kind::Unchanged, before.at(before.size() - i),
                      int(before.size() - i + 1), int(after.size() - i + 1)});
    }
    groupReplacements(lines);
    return lines;
}

QList<Line> JsonLineDiff::compare(const QJsonObject &before, const QJsonObject &after)
{
    return compare(linesOf(before), linesOf(after));
}

QList<JsonLineDiff::Hunk> JsonLineDiff::hunks(const QList<Line> &lines, int context)
{
    QList<Hunk> hunks;
    const qsizetype size = lines.size();
    qsizetype i = 0;
    while (i < size) {
        if (lines.at(i).kind == Line::Kind::Unchanged) {
            ++i;
            continue;
        }
        // A hunk starts `context` lines before this change and runs while
        // changes follow each other closer than twice the context.
        qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype quiet = 0;
        while (end < size && quiet <= 2 * context) {
            quiet = lines.at(end).kind == Line::Kind::Unchanged ? quiet + 1 : 0;
            ++end;
        }
        end -= std::max<qsizetype>(0, quiet - context);
        Hunk hunk;
        hunk.lines = lines.mid(start, end - start);
        for (const Line &line : std::as_const(hunk.lines)) {
            if (!hunk.oldStart && line.oldLine)
                hunk.oldStart = line.oldLine;
            if (!hunk.newStart && line.newLine)
                hunk.newStart = line.newLine;
        }
        hunks.append(hunk);
        i = end;
    }
    return hunks;
}

bool JsonLineDiff::hasChanges(const QList<Line> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const Line &line) { return line.kind != Line::Kind::Unchanged; });
}

} // namespace brickdesk
