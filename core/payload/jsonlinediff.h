#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace brickdesk {

// What changes between two versions of a payload, line by line, for a
// review before an update is sent. Both sides are first written in one
// layout with sorted keys (JsonFormatter::normalised), so reordering or
// re-indenting shows no change and every line shown is a real one.
class JsonLineDiff
{
public:
    struct Line
    {
        enum class Kind { Unchanged, Removed, Added };
        Kind kind;
        QString text;
        int oldLine = 0; // 1-based, 0 for an added line
        int newLine = 0; // 1-based, 0 for a removed line
    };
    struct Hunk
    {
        int oldStart = 0;
        int newStart = 0;
        QList<Line> lines;
    };

    // A shortest edit script (Myers' O(ND) algorithm): removals before
    // additions where lines were replaced.
    static QList<Line> compare(const QStringList &before, const QStringList &after);
    static QList<Line> compare(const QJsonObject &before, const QJsonObject &after);
    // The changed lines with `context` unchanged lines around them, as runs.
    static QList<Hunk> hunks(const QList<Line> &lines, int context = 3);
    static bool hasChanges(const QList<Line> &lines);
};

} // namespace brickdesk
