#include "app/workspace/notebookhighlighter.h"

#include <QTextBlockUserData>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

class LanguageData : public QTextBlockUserData
{
public:
    explicit LanguageData(NotebookLanguage language)
        : language(language)
    {}
    NotebookLanguage language;
};

// Multi-line constructs carried from one block to the next.
enum State { Normal = -1, InTripleQuote = 1, InBlockComment = 2 };

QRegularExpression wordList(const QStringList &words, bool caseInsensitive)
{
    return QRegularExpression(u"\\b(?:"_s + words.join(u'|') + u")\\b"_s,
                              caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption);
}

} // namespace

NotebookHighlighter::NotebookHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void NotebookHighlighter::setLanguage(QTextBlock block, NotebookLanguage language)
{
    block.setUserData(new LanguageData(language));
}

std::optional<NotebookLanguage> NotebookHighlighter::language(const QTextBlock &block)
{
    if (const auto *data = dynamic_cast<const LanguageData *>(block.userData()))
        return data->language;
    return std::nullopt;
}

QTextCharFormat NotebookHighlighter::format(Kind kind)
{
    // Colours readable on the light preview background, close to what the
    // Databricks editor uses.
    QTextCharFormat f;
    switch (kind) {
    case Kind::Keyword:
        f.setForeground(QColor(0x0b, 0x4f, 0xa8));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Kind::String:
        f.setForeground(QColor(0x1d, 0x7a, 0x2e));
        break;
    case Kind::Comment:
        f.setForeground(QColor(0x6a, 0x73, 0x7d));
        f.setFontItalic(true);
        break;
    case Kind::Number:
        f.setForeground(QColor(0xa3, 0x4a, 0x00));
        break;
    }
    return f;
}

const NotebookHighlighter::Rules &NotebookHighlighter::rules(NotebookLanguage language)
{
    static const Rules python{
        wordList({u"and"_s,      u"as"_s,       u"assert"_s,  u"async"_s, u"await"_s,  u"break"_s,
                  u"class"_s,    u"continue"_s, u"def"_s,     u"del"_s,   u"elif"_s,   u"else"_s,
                  u"except"_s,   u"False"_s,    u"finally"_s, u"for"_s,   u"from"_s,   u"global"_s,
                  u"if"_s,       u"import"_s,   u"in"_s,      u"is"_s,    u"lambda"_s, u"None"_s,
                  u"nonlocal"_s, u"not"_s,      u"or"_s,      u"pass"_s,  u"raise"_s,  u"return"_s,
                  u"True"_s,     u"try"_s,      u"while"_s,   u"with"_s,  u"yield"_s},
                 false),
        u"#"_s, false, true, false};
    static const Rules scala{
        wordList({u"abstract"_s, u"case"_s,    u"catch"_s,   u"class"_s,     u"def"_s,
                  u"do"_s,       u"else"_s,    u"extends"_s, u"false"_s,     u"final"_s,
                  u"finally"_s,  u"for"_s,     u"if"_s,      u"implicit"_s,  u"import"_s,
                  u"lazy"_s,     u"match"_s,   u"new"_s,     u"null"_s,      u"object"_s,
                  u"override"_s, u"package"_s, u"private"_s, u"protected"_s, u"return"_s,
                  u"sealed"_s,   u"super"_s,   u"this"_s,    u"throw"_s,     u"trait"_s,
                  u"true"_s,     u"try"_s,     u"type"_s,    u"val"_s,       u"var"_s,
                  u"while"_s,    u"with"_s,    u"yield"_s},
                 false),
        u"//"_s, true, true, false};
    static const Rules sql{
        wordList(
            {u"select"_s,   u"from"_s,  u"where"_s,   u"group"_s,    u"by"_s,        u"order"_s,
             u"having"_s,   u"limit"_s, u"join"_s,    u"left"_s,     u"right"_s,     u"inner"_s,
             u"outer"_s,    u"full"_s,  u"cross"_s,   u"on"_s,       u"as"_s,        u"and"_s,
             u"or"_s,       u"not"_s,   u"null"_s,    u"is"_s,       u"in"_s,        u"like"_s,
             u"between"_s,  u"case"_s,  u"when"_s,    u"then"_s,     u"else"_s,      u"end"_s,
             u"distinct"_s, u"union"_s, u"all"_s,     u"insert"_s,   u"into"_s,      u"values"_s,
             u"update"_s,   u"set"_s,   u"delete"_s,  u"merge"_s,    u"using"_s,     u"matched"_s,
             u"create"_s,   u"or"_s,    u"replace"_s, u"table"_s,    u"view"_s,      u"temporary"_s,
             u"drop"_s,     u"alter"_s, u"with"_s,    u"over"_s,     u"partition"_s, u"asc"_s,
             u"desc"_s,     u"true"_s,  u"false"_s,   u"count"_s,    u"sum"_s,       u"avg"_s,
             u"min"_s,      u"max"_s,   u"cast"_s,    u"describe"_s, u"optimize"_s,  u"zorder"_s},
            true),
        u"--"_s, true, false, true};
    static const Rules r{
        wordList({u"if"_s, u"else"_s, u"repeat"_s, u"while"_s, u"function"_s, u"for"_s, u"in"_s,
                  u"next"_s, u"break"_s, u"TRUE"_s, u"FALSE"_s, u"NULL"_s, u"Inf"_s, u"NaN"_s,
                  u"NA"_s, u"library"_s, u"require"_s, u"return"_s},
                 false),
        u"#"_s, false, false, false};
    switch (language) {
    case NotebookLanguage::Python:
        return python;
    case NotebookLanguage::Scala:
        return scala;
    case NotebookLanguage::Sql:
        return sql;
    case NotebookLanguage::R:
        return r;
    }
    return python;
}

void NotebookHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    const auto lang = language(currentBlock());
    if (!lang)
        return;
    const Rules &rule = rules(*lang);
    const QTextCharFormat keyword = format(Kind::Keyword);
    const QTextCharFormat string = format(Kind::String);
    const QTextCharFormat comment = format(Kind::Comment);
    const QTextCharFormat number = format(Kind::Number);

    // Keywords and numbers first; strings and comments, found by a scan that
    // knows where each starts, are painted over them.
    for (auto it = rule.keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), keyword);
    }
    static const QRegularExpression numbers(
        u"\\b(?:0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[LlfFdD]?\\b"_s);
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), number);
    }

    qsizetype i = 0;
    const qsizetype n = text.size();
    const int previous = previousBlockState();
    const auto closeTriple = [&](qsizetype from) {
        const qsizetype end = text.indexOf(u"\"\"\""_s, from);
        return end < 0 ? -1 : end + 3;
    };
    const auto closeBlockComment = [&](qsizetype from) {
        const qsizetype end = text.indexOf(u"*/"_s, from);
        return end < 0 ? -1 : end + 2;
    };
    if (previous == InTripleQuote) {
        const qsizetype end = closeTriple(0);
        setFormat(0, int(end < 0 ? n : end), string);
        if (end < 0) {
            setCurrentBlockState(InTripleQuote);
            return;
        }
        i = end;
    } else if (previous == InBlockComment) {
        const qsizetype end = closeBlockComment(0);
        setFormat(0, int(end < 0 ? n : end), comment);
        if (end < 0) {
            setCurrentBlockState(InBlockComment);
            return;
        }
        i = end;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (!rule.lineComment.isEmpty() &&
            text.mid(i, rule.lineComment.size()) == rule.lineComment) {
            setFormat(int(i), int(n - i), comment);
            return;
        }
        if (rule.blockComments && text.mid(i, 2) == "/*"_L1) {
            const qsizetype end = closeBlockComment(i + 2);
            setFormat(int(i), int((end < 0 ? n : end) - i), comment);
            if (end < 0) {
                setCurrentBlockState(InBlockComment);
                return;
            }
            i = end;
            continue;
        }
        if (rule.tripleQuotes && text.mid(i, 3) == "\"\"\""_L1) {
            const qsizetype end = closeTriple(i + 3);
            setFormat(int(i), int((end < 0 ? n : end) - i), string);
            if (end < 0) {
                setCurrentBlockState(InTripleQuote);
                return;
            }
            i = end;
            continue;
        }
        if (c == u'"' || c == u'\'' || (c == u'`' && *lang != NotebookLanguage::Python)) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != c) {
                if (text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            const qsizetype end = std::min(n, j + 1);
            // SQL backticks quote names, not strings: keep them plain.
            if (c != u'`')
                setFormat(int(i), int(end - i), string);
            else
                setFormat(int(i), int(end - i), QTextCharFormat());
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace brickdesk
