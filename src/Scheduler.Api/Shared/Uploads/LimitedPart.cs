using Scheduler.Api.Hosting;

namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// A zip entry's uncompressed bytes, counted as they are read (<see cref="CountingReadStream"/>): more than the entry's
/// header declared, more than <see cref="UploadLimits.MaxPartBytes"/>, or a compression ratio over
/// <see cref="UploadLimits.MaxCompressionRatio"/> (past the first megabyte) throws <see cref="UploadRejectedException"/>.
/// The header alone is never trusted.
/// </summary>
internal static class LimitedPart
{
    private const long RatioFloorBytes = 1024 * 1024;

    public static Stream Open(Stream inner, string part, long declared, long compressed, UploadLimits limits) =>
        new CountingReadStream(inner, read => Check(read, part, declared, compressed, limits), ownsInner: true);

    private static void Check(long read, string part, long declared, long compressed, UploadLimits limits)
    {
        if (read > limits.MaxPartBytes)
        {
            throw UploadRejectedException.Over("MaxPartMegabytes", limits.MaxPartMegabytes,
                $"文件中的「{part}」解压后超过 {limits.MaxPartMegabytes} MB", $"the part {part} is over {limits.MaxPartMegabytes} MB uncompressed");
        }
        if (read > declared)
        {
            throw new UploadRejectedException(null, $"文件已损坏：「{part}」解压后的大小超过其声明的 {declared:N0} 字节",
                $"the file is damaged: {part} inflates to more than the {declared:N0} bytes its header declares");
        }
        if (read > RatioFloorBytes && read > (long)limits.MaxCompressionRatio * Math.Max(compressed, 1))
        {
            throw UploadRejectedException.Over("MaxCompressionRatio", limits.MaxCompressionRatio,
                $"文件中的「{part}」压缩比过高（疑似压缩炸弹）", $"the part {part} is compressed more than {limits.MaxCompressionRatio}:1 (a zip bomb?)");
        }
    }
}
