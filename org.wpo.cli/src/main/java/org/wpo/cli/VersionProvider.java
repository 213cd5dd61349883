package org.wpo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into version.properties. */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "wpo " + properties.getProperty("version", "unknown") };
	}
}
