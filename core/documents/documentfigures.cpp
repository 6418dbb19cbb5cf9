#include "documentfigures.h"

#include "pagedoutput.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>
#include <QUrl>

namespace tavolo::documents {

namespace {

const QString Scheme = QStringLiteral("tavolo-figure:");

qreal toPixels(qreal millimetres, qreal dpi)
{
    return millimetres / 25.4 * dpi;
}

// Stands in for the layout's image handler: a figure's <img> is painted by the figure, any
// other image (the logo) by the handler it replaced.
class FigureHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureHandler(QList<DocumentFigure> figures, QTextObjectInterface *images, QObject *parent)
        : QObject(parent)
        , m_figures(std::move(figures))
        , m_images(images)
    { }

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override
    {
        if (const DocumentFigure *f = figure(format))
            return {toPixels(f->millimetres.width(), PagedOutput::Resolution),
                    toPixels(f->millimetres.height(), PagedOutput::Resolution)};
        return m_images ? m_images->intrinsicSize(document, position, format) : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override
    {
        if (const DocumentFigure *f = figure(format)) {
            painter->save();
            f->paint(*painter, rect);
            painter->restore();
        } else if (m_images) {
            m_images->drawObject(painter, rect, document, position, format);
        }
    }

private:
    const DocumentFigure *figure(const QTextFormat &format) const
    {
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(Scheme))
            return nullptr;
        bool ok = false;
        const int index = name.mid(Scheme.size()).toInt(&ok);
        return ok && index >= 0 && index < m_figures.size() && m_figures.at(index).paint
            ? &m_figures.at(index)
            : nullptr;
    }

    QList<DocumentFigure> m_figures;
    QTextObjectInterface *m_images;
};

} // namespace

namespace figures {

QString url(int index)
{
    return Scheme + QString::number(index);
}

QString imageTag(int index, QSizeF millimetres)
{
    // Pixels of 96 dpi, as Qt reads an <img>'s size and the ODT writer turns it into points.
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
        .arg(url(index))
        .arg(qRound(toPixels(millimetres.width(), 96)))
        .arg(qRound(toPixels(millimetres.height(), 96)));
}

void paintAsVectors(QTextDocument &document, const QList<DocumentFigure> &figures)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    auto *handler =
        new FigureHandler(figures, layout->handlerForObject(QTextFormat::ImageObject), &document);
    layout->registerHandler(QTextFormat::ImageObject, handler);
    document.markContentsDirty(0, document.characterCount());
}

void addAsPictures(QTextDocument &document, const QList<DocumentFigure> &figures, int dpi)
{
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const DocumentFigure &f = figures.at(i);
        const QSize size(qRound(toPixels(f.millimetres.width(), dpi)),
                         qRound(toPixels(f.millimetres.height(), dpi)));
        QImage picture(size, QImage::Format_RGB32);
        picture.fill(Qt::white);
        picture.setDotsPerMeterX(qRound(dpi / 0.0254));
        picture.setDotsPerMeterY(qRound(dpi / 0.0254));
        if (f.paint) {
            QPainter painter(&picture);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            f.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        document.addResource(QTextDocument::ImageResource, QUrl(url(int(i))), picture);
    }
    document.markContentsDirty(0, document.characterCount());
}

} // namespace figures

} // namespace tavolo::documents

#include "documentfigures.moc"
